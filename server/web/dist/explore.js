(()=>{var U=JSON.parse(document.getElementById("config").textContent);async function w(e,t={}){let s=await fetch(U.endpoint,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/json"},body:JSON.stringify({query:e,variables:t})}),o;try{o=await s.json()}catch{throw new Error(`the API answered ${s.status} with no JSON`)}if(o.errors&&o.errors.length){let n=o.errors[0],l=new Error(n.message+(n.extensions?.code?` (${n.extensions.code})`:""));throw l.code=n.extensions?.code,l}return o}function r(e,t={},...s){let o=document.createElement(e);for(let[n,l]of Object.entries(t))l==null||l===!1||(n.startsWith("on")?o.addEventListener(n.slice(2),l):o.setAttribute(n,l===!0?"":String(l)));for(let n of s.flat(1/0))n==null||n===!1||o.append(n instanceof Node?n:document.createTextNode(String(n)));return o}var _=`
fragment NodeName on Node {
  id
  __typename
  ... on Country { name }
  ... on Qualification { title }
  ... on Occupation { title iscoCode }
  ... on Arrangement { title }
  ... on CompetencyStandard { title }
  ... on CompetencyUnit { title }
  ... on QualificationFramework { code name }
  ... on FrameworkLevel { level levelTitle: title framework { code } }
  ... on Authority { name }
  ... on Skill { label }
  ... on Source { title }
}`,N=`
query Countries {
  countries { code name aseanMember }
  dataVersion { version date title }
}`,O=`
query Search($text: String!) {
  search(text: $text, kinds: [QUALIFICATION, OCCUPATION], first: 12) { ...NodeName ... on Qualification { country { code } } }
}
${_}`,j=`
query Subject($id: ID!) {
  node(id: $id) { ...NodeName ... on Qualification { country { code } } }
}
${_}`,T=`
query Routes($from: String!, $to: String!, $qualification: ID, $occupation: ID) {
  recognitionPaths(from: $from, to: $to, qualification: $qualification, occupation: $occupation) {
    outcome
    reason
    paths {
      strength
      summary
      blocked
      conditions
      instrument { id title type status }
      steps {
        relation
        explanation
        confidence
        from { ...NodeName }
        to { ...NodeName }
        sources { title publisher year url }
      }
    }
  }
}
${_}`,D=`
query HeldLevels($id: ID!, $isQualification: Boolean!, $occupation: ID, $from: String!) {
  node(id: $id) @include(if: $isQualification) {
    ... on Qualification { id title level { id level title framework { code } } }
  }
  qualifications(filter: { occupation: $occupation, country: $from }, first: 5) @skip(if: $isQualification) {
    edges { node { id title level { id level title framework { code } } } }
  }
}`,I=`
query Ladder($framework: String!, $level: Int!, $to: String!) {
  levelComparisons(framework: $framework, level: $level, country: $to) {
    level { id level title framework { code } }
    via { id level }
    fromFit
    toFit
    sources { title url }
  }
}`;function F(e,t,s,o){let n=[],l=-1,v=0,u,m=()=>{t.hidden=!0,e.setAttribute("aria-expanded","false"),e.removeAttribute("aria-activedescendant"),l=-1},b=a=>{l=a,[...t.children].forEach((d,c)=>d.setAttribute("aria-selected",String(c===a))),a>=0?(e.setAttribute("aria-activedescendant",t.children[a].id),t.children[a].scrollIntoView({block:"nearest"})):e.removeAttribute("aria-activedescendant")},$=a=>{let d=n[a];d&&(e.value=d.label,m(),o(d))},f=a=>{n=a,t.replaceChildren(...a.map((d,c)=>r("li",{id:`${t.id}-${c}`,role:"option","aria-selected":"false",onmousedown:g=>{g.preventDefault(),$(c)}},r("span",{class:"opt-label"},d.label)," ",r("span",{class:"opt-detail"},d.detail)))),a.length||t.replaceChildren(r("li",{class:"none",role:"option","aria-disabled":"true",id:`${t.id}-none`},"Nothing matches")),t.hidden=!1,e.setAttribute("aria-expanded","true"),b(-1)};e.addEventListener("input",()=>{clearTimeout(u);let a=e.value.trim();if(a.length<2){m();return}u=setTimeout(async()=>{let d=++v;try{let c=await s(a);d===v&&document.activeElement===e&&f(c)}catch{d===v&&m()}},150)}),e.addEventListener("keydown",a=>{let d=!t.hidden&&n.length>0;switch(a.key){case"ArrowDown":d&&(a.preventDefault(),b((l+1)%n.length));break;case"ArrowUp":d&&(a.preventDefault(),b(l<=0?n.length-1:l-1));break;case"Enter":d&&l>=0&&(a.preventDefault(),$(l));break;case"Escape":t.hidden||(a.preventDefault(),m());break}}),e.addEventListener("blur",()=>setTimeout(m,100))}var P="http://www.w3.org/2000/svg";function h(e,t={},s){let o=document.createElementNS(P,e);for(let[n,l]of Object.entries(t))o.setAttribute(n,String(l));return s!==void 0&&(o.textContent=s),o}function M(e,t){return e.length>t?e.slice(0,t-1)+"…":e}function q(e,t,s,o){let n=[],l=new Map,v=a=>{l.has(a.id)||(l.set(a.id,n.length),n.push(a))};for(let a of e)v(a.from),v(a.to);let u=n.length*90-46+16,m=h("svg",{viewBox:`0 0 560 ${u}`,width:560,height:u,role:"img","aria-labelledby":`${o}-title`,class:"route-graph"});m.append(h("title",{id:`${o}-title`},s));let b=h("defs"),$=h("marker",{id:`${o}-arrow`,viewBox:"0 0 10 10",refX:9,refY:5,markerWidth:7,markerHeight:7,orient:"auto-start-reverse"});$.append(h("path",{d:"M 0 0 L 10 5 L 0 10 z",class:"arrowhead"})),b.append($),m.append(b);let f=a=>8+a*90;return e.forEach((a,d)=>{let c=l.get(a.from.id),g=l.get(a.to.id),Q=`edge${a.confidence==="UNVERIFIED"?" unverified":""}`,x=h("g",{class:Q});if(Math.abs(g-c)===1){let k=48+d%2*8,[E,y]=g>c?[f(c)+44,f(g)]:[f(c),f(g)+44];x.append(h("line",{x1:k,y1:E,x2:k,y2:y,"marker-end":`url(#${o}-arrow)`})),x.append(h("text",{x:k+10,y:(E+y)/2+4,class:"edge-label"},a.relation))}else{let E=f(c)+22,y=f(g)+44/2,A=348+12*Math.abs(g-c);x.append(h("path",{d:`M 308 ${E} C ${A} ${E}, ${A} ${y}, 308 ${y}`,fill:"none","marker-end":`url(#${o}-arrow)`})),x.append(h("text",{x:320,y:y+(g>c?-8:18),class:"edge-label"},a.relation))}m.append(x)}),n.forEach((a,d)=>{let c=h("g",{class:`node kind-${a.__typename}`});c.append(h("rect",{x:8,y:f(d),width:300,height:44,rx:6})),c.append(h("text",{x:18,y:f(d)+17,class:"node-kind"},a.__typename)),c.append(h("text",{x:18,y:f(d)+35,class:"node-name"},M(t(a),38)));let g=h("title",{},`${a.__typename}: ${t(a)} (${a.id})`);c.append(g),m.append(c)}),m}async function B(e,t,{gql:s,h:o,HELD_LEVELS:n,LADDER:l,nodeName:v}){let u=t.subject.__typename==="Qualification",m=[];try{let{data:$}=await s(n,{id:t.subject.id,isQualification:u,occupation:u?null:t.subject.id,from:t.from});m=u?[$.node].filter(f=>f&&f.level):$.qualifications.edges.map(f=>f.node).filter(f=>f.level)}catch($){e.replaceChildren(o("p",{class:"error"},`No ladder: ${$.message}`));return}if(!m.length){e.replaceChildren(o("p",{},`No level is recorded for ${u?"this qualification":`qualifications for this occupation in ${t.from}`}.`));return}let b=[];for(let $ of m.slice(0,3)){let f=$.level,a=[];try{let{data:c}=await s(l,{framework:f.framework.code,level:f.level,to:t.to});a=c.levelComparisons}catch{}let d=c=>v({...c,__typename:"FrameworkLevel"});b.push(o("section",{class:"ladder","aria-label":`Levels of ${$.title}`},o("h3",{},$.title),o("ol",{class:"rungs"},o("li",{class:"rung held"},o("span",{class:"label"},"Held: "),d(f)),a.length?a.map(c=>o("li",{class:"rung"},c.via?[o("span",{class:"label"},"Through: "),`AQRF level ${c.via.level}`,c.fromFit?` (fit: ${c.fromFit})`:"",o("br"),"→ "]:"",o("span",{class:"label"},`In ${t.to}: `),d(c.level),c.toFit?` (fit: ${c.toFit})`:"")):o("li",{class:"rung none"},`No level in ${t.to} is referenced to the same AQRF level.`))))}e.replaceChildren(...b,o("p",{class:"help"},"Same level is comparability, not recognition: the routes say which instrument grants recognition."))}var p=e=>document.getElementById(e),i={from:"",to:"",subject:null},S=null;function L(e){if(!e)return"";switch(e.__typename){case"FrameworkLevel":return`${e.framework?.code} level ${e.level}${e.levelTitle||e.title?` (${e.levelTitle||e.title})`:""}`;case"QualificationFramework":return`${e.code} — ${e.name}`;case"Occupation":return`${e.title} (ISCO ${e.iscoCode})`;default:return e.name||e.title||e.label||e.id}}var X={FORMAL:"Formal recognition",CONDITIONAL:"Conditional recognition",ALIGNED:"Aligned standards",COMPARABLE:"Comparable levels (comparability, not recognition)"},G=[["How strong",e=>X[e.strength]||e.strength],["Instrument",e=>e.instrument&&`${e.instrument.title}${e.instrument.status?` (${e.instrument.status})`:""}`],["Blocked",e=>e.blocked?"Yes: a destination rule closes this route":"No"]];function V(e){return e.length?r("ul",{class:"sources"},e.map(t=>r("li",{},t.url?r("a",{href:t.url,rel:"noopener noreferrer"},t.title):t.title,[t.publisher,t.year].filter(Boolean).length?` — ${[t.publisher,t.year].filter(Boolean).join(", ")}`:""))):r("span",{class:"muted"},"no source listed")}function W(e,t){let s=`route-${t+1}`,o=`Route ${t+1}: ${e.summary}`,n=r("dl",{class:"details"},G.flatMap(([u,m])=>{let b=m(e);return b?[r("dt",{},u),r("dd",{},b)]:[]})),l=e.conditions.length?r("div",{class:"conditions"},r("h4",{},"Conditions"),r("ul",{},e.conditions.map(u=>r("li",{},u)))):null,v=r("ol",{class:"steps","aria-label":`Steps of route ${t+1}`},e.steps.map(u=>r("li",{},r("p",{class:"step-head"},r("strong",{},L(u.from))," ",r("code",{},u.relation)," ",r("strong",{},L(u.to))),r("p",{},u.explanation),r("p",{class:`confidence ${u.confidence.toLowerCase()}`},`Confidence: ${u.confidence.toLowerCase()}`),r("div",{},r("span",{class:"label"},"Sources: "),V(u.sources)))));return r("article",{class:`route strength-${e.strength.toLowerCase()}${e.blocked?" blocked":""}`,"aria-labelledby":`${s}-h`,id:s},r("h3",{id:`${s}-h`},r("span",{class:"badge"},e.strength),e.blocked?r("span",{class:"badge blocked"},"BLOCKED"):null," ",e.summary),n,l,r("div",{class:"route-body"},r("figure",{},q(e.steps,L,o,s),r("figcaption",{},"Each box is a node of the graph, each arrow a relationship.")),v))}function C(e,t){p("status").replaceChildren(e?r("p",{class:t?"error":""},e):"")}function J(){let e=new URLSearchParams(location.search),t=e.get("qualification")||e.get("occupation");return{from:(e.get("from")||"").toUpperCase(),to:(e.get("to")||"").toUpperCase(),id:t,kind:e.get("qualification")?"Qualification":"Occupation"}}function z(e){let t=new URLSearchParams;i.from&&t.set("from",i.from),i.to&&t.set("to",i.to),i.subject&&t.set(i.subject.__typename==="Qualification"?"qualification":"occupation",i.subject.id);let s=`${location.pathname}?${t}`;e?history.pushState(null,"",s):history.replaceState(null,"",s)}function Y(){if(!S)return;let e=`skillsgraph dataset ${S.version} (${S.date})`;p("data-version").replaceChildren(r("span",{},e),". Cite this view as: ",r("cite",{},`${e}, ${location.href}`));let t=new URLSearchParams(location.search),s=[["GraphML","graphml"],["JSON-LD","jsonld"],["CSV (zip)","csv.zip"]];p("downloads").replaceChildren("Download ",i.subject&&i.from&&i.to?["these routes as ",s.map(([o,n],l)=>[l?", ":"",r("a",{href:`/export/recognition.${n}?${t}`},o)]),"; "]:"","the whole graph as ",s.map(([o,n],l)=>[l?", ":"",r("a",{href:`/export/graph.${n}`},o)]),".")}async function H(){Y();let e=p("route-list");if(!i.from||!i.to||!i.subject){e.replaceChildren(),C("Choose two countries and a qualification or an occupation.");return}C("Looking for routes…");let t={from:i.from,to:i.to};t[i.subject.__typename==="Qualification"?"qualification":"occupation"]=i.subject.id;try{let{data:s}=await w(T,t),o=s.recognitionPaths,n=o.paths.length;C(`${n} route${n===1?"":"s"} for ${i.subject.label} from ${i.from} to ${i.to}.${o.reason?` ${o.reason}`:""}${n?"":` (${o.outcome.replace("_"," ").toLowerCase()})`}`),e.replaceChildren(...o.paths.map(W))}catch(s){e.replaceChildren(),C(`The API refused the question: ${s.message}`,!0)}B(p("ladder-body"),i,{gql:w,h:r,HELD_LEVELS:D,LADDER:I,nodeName:L})}function K(e){for(let t of[p("from"),p("to")]){let s=e.filter(n=>n.aseanMember),o=e.filter(n=>!n.aseanMember);t.replaceChildren(r("option",{value:""},"Choose…"),r("optgroup",{label:"ASEAN Member States"},s.map(n=>r("option",{value:n.code},`${n.name} (${n.code})`))),o.length?r("optgroup",{label:"Other countries"},o.map(n=>r("option",{value:n.code},`${n.name} (${n.code})`))):null)}}async function R(){let e=J();if(i.from=e.from,i.to=e.to,p("from").value=e.from,p("to").value=e.to,i.subject=null,e.id)try{let{data:t}=await w(j,{id:e.id});t.node&&(i.subject={id:t.node.id,__typename:t.node.__typename,label:L(t.node)})}catch{}p("subject").value=i.subject?i.subject.label:"",p("subject-chosen").textContent=i.subject?`Chosen: ${i.subject.__typename.toLowerCase()} ${i.subject.label}`:"",await H()}async function Z(){let{data:e}=await w(N);S=e.dataVersion,K(e.countries),F(p("subject"),p("subject-options"),async t=>(await w(O,{text:t})).data.search.map(o=>({...o,label:L(o),detail:o.__typename==="Qualification"?`qualification${o.country?`, ${o.country.code}`:""}`:"occupation"})),t=>{i.subject={id:t.id,__typename:t.__typename,label:t.label},p("subject-chosen").textContent=`Chosen: ${t.__typename.toLowerCase()} ${t.label}`}),p("ask").addEventListener("submit",t=>{if(t.preventDefault(),i.from=p("from").value,i.to=p("to").value,!i.subject){C("Pick a qualification or an occupation from the list (type two letters or more).",!0),p("subject").focus();return}z(!0),H().then(()=>p("routes").focus())}),window.addEventListener("popstate",R),await R()}Z().catch(e=>C(`The explorer could not start: ${e.message}`,!0));})();

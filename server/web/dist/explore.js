(()=>{var U=JSON.parse(document.getElementById("config").textContent);async function w(e,t={}){let l=await fetch(U.endpoint,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/json"},body:JSON.stringify({query:e,variables:t})}),n;try{n=await l.json()}catch{throw new Error(`the API answered ${l.status} with no JSON`)}if(n.errors&&n.errors.length){let o=n.errors[0],a=new Error(o.message+(o.extensions?.code?` (${o.extensions.code})`:""));throw a.code=o.extensions?.code,a}return n}function i(e,t={},...l){let n=document.createElement(e);for(let[o,a]of Object.entries(t))a==null||a===!1||(o.startsWith("on")?n.addEventListener(o.slice(2),a):n.setAttribute(o,a===!0?"":String(a)));for(let o of l.flat(1/0))o==null||o===!1||n.append(o instanceof Node?o:document.createTextNode(String(o)));return n}var S=`
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
${S}`,j=`
query Subject($id: ID!) {
  node(id: $id) { ...NodeName ... on Qualification { country { code } } }
}
${S}`,T=`
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
${S}`,D=`
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
}`;function F(e,t,l,n){let o=[],a=-1,h=0,u,m=()=>{t.hidden=!0,e.setAttribute("aria-expanded","false"),e.removeAttribute("aria-activedescendant"),a=-1},b=r=>{a=r,[...t.children].forEach((d,c)=>d.setAttribute("aria-selected",String(c===r))),r>=0?(e.setAttribute("aria-activedescendant",t.children[r].id),t.children[r].scrollIntoView({block:"nearest"})):e.removeAttribute("aria-activedescendant")},g=r=>{let d=o[r];d&&(e.value=d.label,m(),n(d))},f=r=>{o=r,t.replaceChildren(...r.map((d,c)=>i("li",{id:`${t.id}-${c}`,role:"option","aria-selected":"false",onmousedown:v=>{v.preventDefault(),g(c)}},i("span",{class:"opt-label"},d.label)," ",i("span",{class:"opt-detail"},d.detail)))),r.length||t.replaceChildren(i("li",{class:"none",role:"option","aria-disabled":"true",id:`${t.id}-none`},"Nothing matches")),t.hidden=!1,e.setAttribute("aria-expanded","true"),b(-1)};e.addEventListener("input",()=>{clearTimeout(u);let r=e.value.trim();if(r.length<2){m();return}u=setTimeout(async()=>{let d=++h;try{let c=await l(r);d===h&&document.activeElement===e&&f(c)}catch{d===h&&m()}},150)}),e.addEventListener("keydown",r=>{let d=!t.hidden&&o.length>0;switch(r.key){case"ArrowDown":d&&(r.preventDefault(),b((a+1)%o.length));break;case"ArrowUp":d&&(r.preventDefault(),b(a<=0?o.length-1:a-1));break;case"Enter":d&&a>=0&&(r.preventDefault(),g(a));break;case"Escape":t.hidden||(r.preventDefault(),m());break}}),e.addEventListener("blur",()=>setTimeout(m,100))}var P="http://www.w3.org/2000/svg";function $(e,t={},l){let n=document.createElementNS(P,e);for(let[o,a]of Object.entries(t))n.setAttribute(o,String(a));return l!==void 0&&(n.textContent=l),n}function M(e,t){return e.length>t?e.slice(0,t-1)+"…":e}function q(e,t,l,n){let o=[],a=new Map,h=r=>{a.has(r.id)||(a.set(r.id,o.length),o.push(r))};for(let r of e)h(r.from),h(r.to);let u=o.length*90-46+16,m=$("svg",{viewBox:`0 0 560 ${u}`,width:560,height:u,role:"img","aria-labelledby":`${n}-title`,class:"route-graph"});m.append($("title",{id:`${n}-title`},l));let b=$("defs"),g=$("marker",{id:`${n}-arrow`,viewBox:"0 0 10 10",refX:9,refY:5,markerWidth:7,markerHeight:7,orient:"auto-start-reverse"});g.append($("path",{d:"M 0 0 L 10 5 L 0 10 z",class:"arrowhead"})),b.append(g),m.append(b);let f=r=>8+r*90;return e.forEach((r,d)=>{let c=a.get(r.from.id),v=a.get(r.to.id),Q=`edge${r.confidence==="UNVERIFIED"?" unverified":""}`,x=$("g",{class:Q});if(Math.abs(v-c)===1){let k=48+d%2*8,[E,y]=v>c?[f(c)+44,f(v)]:[f(c),f(v)+44];x.append($("line",{x1:k,y1:E,x2:k,y2:y,"marker-end":`url(#${n}-arrow)`})),x.append($("text",{x:k+10,y:(E+y)/2+4,class:"edge-label"},r.relation))}else{let E=f(c)+22,y=f(v)+44/2,A=348+12*Math.abs(v-c);x.append($("path",{d:`M 308 ${E} C ${A} ${E}, ${A} ${y}, 308 ${y}`,fill:"none","marker-end":`url(#${n}-arrow)`})),x.append($("text",{x:320,y:y+(v>c?-8:18),class:"edge-label"},r.relation))}m.append(x)}),o.forEach((r,d)=>{let c=$("g",{class:`node kind-${r.__typename}`});c.append($("rect",{x:8,y:f(d),width:300,height:44,rx:6})),c.append($("text",{x:18,y:f(d)+17,class:"node-kind"},r.__typename)),c.append($("text",{x:18,y:f(d)+35,class:"node-name"},M(t(r),38)));let v=$("title",{},`${r.__typename}: ${t(r)} (${r.id})`);c.append(v),m.append(c)}),m}async function B(e,t,{gql:l,h:n,HELD_LEVELS:o,LADDER:a,nodeName:h}){let u=t.subject.__typename==="Qualification",m=[];try{let{data:g}=await l(o,{id:t.subject.id,isQualification:u,occupation:u?null:t.subject.id,from:t.from});m=u?[g.node].filter(f=>f&&f.level):g.qualifications.edges.map(f=>f.node).filter(f=>f.level)}catch(g){e.replaceChildren(n("p",{class:"error"},`No ladder: ${g.message}`));return}if(!m.length){e.replaceChildren(n("p",{},`No level is recorded for ${u?"this qualification":`qualifications for this occupation in ${t.from}`}.`));return}let b=[];for(let g of m.slice(0,3)){let f=g.level,r=[];try{let{data:c}=await l(a,{framework:f.framework.code,level:f.level,to:t.to});r=c.levelComparisons}catch{}let d=c=>h({...c,__typename:"FrameworkLevel"});b.push(n("section",{class:"ladder","aria-label":`Levels of ${g.title}`},n("h3",{},g.title),n("ol",{class:"rungs"},n("li",{class:"rung held"},n("span",{class:"label"},"Held: "),d(f)),r.length?r.map(c=>n("li",{class:"rung"},c.via?[n("span",{class:"label"},"Through: "),`AQRF level ${c.via.level}`,c.fromFit?` (fit: ${c.fromFit})`:"",n("br"),"→ "]:"",n("span",{class:"label"},`In ${t.to}: `),d(c.level),c.toFit?` (fit: ${c.toFit})`:"")):n("li",{class:"rung none"},`No level in ${t.to} is referenced to the same AQRF level.`))))}e.replaceChildren(...b,n("p",{class:"help"},"Same level is comparability, not recognition: the routes say which instrument grants recognition."))}var p=e=>document.getElementById(e),s={from:"",to:"",subject:null},_=null;function L(e){if(!e)return"";switch(e.__typename){case"FrameworkLevel":return`${e.framework?.code} level ${e.level}${e.levelTitle||e.title?` (${e.levelTitle||e.title})`:""}`;case"QualificationFramework":return`${e.code} — ${e.name}`;case"Occupation":return`${e.title} (ISCO ${e.iscoCode})`;default:return e.name||e.title||e.label||e.id}}var X={FORMAL:"Formal recognition",CONDITIONAL:"Conditional recognition",ALIGNED:"Aligned standards",COMPARABLE:"Comparable levels (comparability, not recognition)"},G=[["How strong",e=>X[e.strength]||e.strength],["Instrument",e=>e.instrument&&`${e.instrument.title}${e.instrument.status?` (${e.instrument.status})`:""}`],["Blocked",e=>e.blocked?"Yes: a destination rule closes this route":"No"]];function V(e){return e.length?i("ul",{class:"sources"},e.map(t=>i("li",{},t.url?i("a",{href:t.url,rel:"noopener noreferrer"},t.title):t.title,[t.publisher,t.year].filter(Boolean).length?` — ${[t.publisher,t.year].filter(Boolean).join(", ")}`:""))):i("span",{class:"muted"},"no source listed")}function W(e,t){let l=`route-${t+1}`,n=`Route ${t+1}: ${e.summary}`,o=i("dl",{class:"details"},G.flatMap(([u,m])=>{let b=m(e);return b?[i("dt",{},u),i("dd",{},b)]:[]})),a=e.conditions.length?i("div",{class:"conditions"},i("h4",{},"Conditions"),i("ul",{},e.conditions.map(u=>i("li",{},u)))):null,h=i("ol",{class:"steps","aria-label":`Steps of route ${t+1}`},e.steps.map(u=>i("li",{},i("p",{class:"step-head"},i("strong",{},L(u.from))," ",i("code",{},u.relation)," ",i("strong",{},L(u.to))),i("p",{},u.explanation),i("p",{class:`confidence ${u.confidence.toLowerCase()}`},`Confidence: ${u.confidence.toLowerCase()}`),i("div",{},i("span",{class:"label"},"Sources: "),V(u.sources)))));return i("article",{class:`route strength-${e.strength.toLowerCase()}${e.blocked?" blocked":""}`,"aria-labelledby":`${l}-h`,id:l},i("h3",{id:`${l}-h`},i("span",{class:"badge"},e.strength),e.blocked?i("span",{class:"badge blocked"},"BLOCKED"):null," ",e.summary),o,a,i("div",{class:"route-body"},i("figure",{},q(e.steps,L,n,l),i("figcaption",{},"Each box is a node of the graph, each arrow a relationship.")),h))}function C(e,t){p("status").replaceChildren(e?i("p",{class:t?"error":""},e):"")}function J(){let e=new URLSearchParams(location.search),t=e.get("qualification")||e.get("occupation");return{from:(e.get("from")||"").toUpperCase(),to:(e.get("to")||"").toUpperCase(),id:t,kind:e.get("qualification")?"Qualification":"Occupation"}}function z(e){let t=new URLSearchParams;s.from&&t.set("from",s.from),s.to&&t.set("to",s.to),s.subject&&t.set(s.subject.__typename==="Qualification"?"qualification":"occupation",s.subject.id);let l=`${location.pathname}?${t}`;e?history.pushState(null,"",l):history.replaceState(null,"",l)}function Y(){if(!_)return;let e=`skillsgraph dataset ${_.version} (${_.date})`;p("data-version").replaceChildren(i("span",{},e),". Cite this view as: ",i("cite",{},`${e}, ${location.href}`));let t=new URLSearchParams(location.search),l=[["GraphML","graphml"],["JSON-LD","jsonld"],["CSV (zip)","csv.zip"]];p("downloads").replaceChildren("Download ",s.subject&&s.from&&s.to?["these routes as ",l.map(([n,o],a)=>[a?", ":"",i("a",{href:`/export/recognition.${o}?${t}`},n)]),"; "]:"","the whole graph as ",l.map(([n,o],a)=>[a?", ":"",i("a",{href:`/export/graph.${o}`},n)]),".")}async function H(){Y();let e=p("route-list");if(!s.from||!s.to||!s.subject){e.replaceChildren(),C("Choose two countries and a qualification or an occupation.");return}C("Looking for routes…");let t={from:s.from,to:s.to};t[s.subject.__typename==="Qualification"?"qualification":"occupation"]=s.subject.id;try{let{data:l}=await w(T,t),n=l.recognitionPaths,o=n.paths.length;C(`${o} route${o===1?"":"s"} for ${s.subject.label} from ${s.from} to ${s.to}.${n.reason?` ${n.reason}`:""}${o?"":` (${n.outcome.replace("_"," ").toLowerCase()})`}`),e.replaceChildren(...n.paths.map(W))}catch(l){e.replaceChildren(),C(`The API refused the question: ${l.message}`,!0)}B(p("ladder-body"),s,{gql:w,h:i,HELD_LEVELS:D,LADDER:I,nodeName:L})}function K(e){for(let t of[p("from"),p("to")]){let l=e.filter(o=>o.aseanMember),n=e.filter(o=>!o.aseanMember);t.replaceChildren(i("option",{value:""},"Choose…"),i("optgroup",{label:"ASEAN Member States"},l.map(o=>i("option",{value:o.code},`${o.name} (${o.code})`))),n.length?i("optgroup",{label:"Other countries"},n.map(o=>i("option",{value:o.code},`${o.name} (${o.code})`))):null)}}async function R(){let e=J();if(s.from=e.from,s.to=e.to,p("from").value=e.from,p("to").value=e.to,s.subject=null,e.id)try{let{data:t}=await w(j,{id:e.id});t.node&&(s.subject={id:t.node.id,__typename:t.node.__typename,label:L(t.node)})}catch{}p("subject").value=s.subject?s.subject.label:"",p("subject-chosen").textContent=s.subject?`Chosen: ${s.subject.__typename.toLowerCase()} ${s.subject.label}`:"",await H()}async function Z(){let{data:e}=await w(N);_=e.dataVersion,K(e.countries),F(p("subject"),p("subject-options"),async t=>{let l=await w(O,{text:t}),n=p("from").value,o=a=>a.__typename!=="Qualification"?1:a.country&&a.country.code===n?0:2;return l.data.search.map((a,h)=>({n:a,i:h})).sort((a,h)=>o(a.n)-o(h.n)||a.i-h.i).map(({n:a})=>({...a,label:L(a),detail:a.__typename==="Qualification"?`qualification${a.country?`, ${a.country.code}`:""}`:"occupation"}))},t=>{s.subject={id:t.id,__typename:t.__typename,label:t.label},p("subject-chosen").textContent=`Chosen: ${t.__typename.toLowerCase()} ${t.label}`}),p("ask").addEventListener("submit",t=>{if(t.preventDefault(),s.from=p("from").value,s.to=p("to").value,!s.subject){C("Pick a qualification or an occupation from the list (type two letters or more).",!0),p("subject").focus();return}z(!0),H().then(()=>p("routes").focus())}),window.addEventListener("popstate",R),await R()}Z().catch(e=>C(`The explorer could not start: ${e.message}`,!0));})();

(()=>{var M=JSON.parse(document.getElementById("config").textContent);async function C(e,o={}){let s=await fetch(M.endpoint,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/json"},body:JSON.stringify({query:e,variables:o})}),t;try{t=await s.json()}catch{throw new Error(`the API answered ${s.status} with no JSON`)}if(t.errors&&t.errors.length){let n=t.errors[0],a=new Error(n.message+(n.extensions?.code?` (${n.extensions.code})`:""));throw a.code=n.extensions?.code,a}return t}function i(e,o={},...s){let t=document.createElement(e);for(let[n,a]of Object.entries(o))a==null||a===!1||(n.startsWith("on")?t.addEventListener(n.slice(2),a):t.setAttribute(n,a===!0?"":String(a)));for(let n of s.flat(1/0))n==null||n===!1||t.append(n instanceof Node?n:document.createTextNode(String(n)));return t}var _=`
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
}`,O=`
query Countries {
  countries { code name aseanMember }
  dataVersion { version date title }
}`,A=`
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
    strongest
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
    channels {
      summary
      blocked
      conditions
      decision
      instrument { id title status }
      occupations { occupation { ...NodeName } blocked }
      steps {
        relation
        explanation
        from { ...NodeName }
        to { ...NodeName }
        sources { title publisher year url }
      }
    }
  }
}
${_}`,I=`
query HeldLevels($id: ID!, $isQualification: Boolean!, $occupation: ID, $from: String!) {
  node(id: $id) @include(if: $isQualification) {
    ... on Qualification { id title level { id level title framework { code } } }
  }
  qualifications(filter: { occupation: $occupation, country: $from }, first: 5) @skip(if: $isQualification) {
    edges { node { id title level { id level title framework { code } } } }
  }
}`,D=`
query Ladder($framework: String!, $level: Int!, $to: String!) {
  levelComparisons(framework: $framework, level: $level, country: $to) {
    level { id level title framework { code } }
    via { id level }
    fromFit
    toFit
    sources { title url }
    confidence
  }
}`;function R(e,o,s,t){let n=[],a=-1,d=0,u,$=()=>{o.hidden=!0,e.setAttribute("aria-expanded","false"),e.removeAttribute("aria-activedescendant"),a=-1},g=r=>{a=r,[...o.children].forEach((p,c)=>p.setAttribute("aria-selected",String(c===r))),r>=0?(e.setAttribute("aria-activedescendant",o.children[r].id),o.children[r].scrollIntoView({block:"nearest"})):e.removeAttribute("aria-activedescendant")},f=r=>{let p=n[r];p&&(e.value=p.label,$(),t(p))},h=r=>{n=r,o.replaceChildren(...r.map((p,c)=>i("li",{id:`${o.id}-${c}`,role:"option","aria-selected":"false",onmousedown:v=>{v.preventDefault(),f(c)}},i("span",{class:"opt-label"},p.label)," ",i("span",{class:"opt-detail"},p.detail)))),r.length||o.replaceChildren(i("li",{class:"none",role:"option","aria-disabled":"true",id:`${o.id}-none`},"Nothing matches")),o.hidden=!1,e.setAttribute("aria-expanded","true"),g(-1)};e.addEventListener("input",()=>{clearTimeout(u);let r=e.value.trim();if(r.length<2){$();return}u=setTimeout(async()=>{let p=++d;try{let c=await s(r);p===d&&document.activeElement===e&&h(c)}catch{p===d&&$()}},150)}),e.addEventListener("keydown",r=>{let p=!o.hidden&&n.length>0;switch(r.key){case"ArrowDown":p&&(r.preventDefault(),g((a+1)%n.length));break;case"ArrowUp":p&&(r.preventDefault(),g(a<=0?n.length-1:a-1));break;case"Enter":p&&a>=0&&(r.preventDefault(),f(a));break;case"Escape":o.hidden||(r.preventDefault(),$());break}}),e.addEventListener("blur",()=>setTimeout($,100))}var X="http://www.w3.org/2000/svg";function b(e,o={},s){let t=document.createElementNS(X,e);for(let[n,a]of Object.entries(o))t.setAttribute(n,String(a));return s!==void 0&&(t.textContent=s),t}function G(e,o){return e.length>o?e.slice(0,o-1)+"…":e}function B(e,o,s,t){let n=[],a=new Map,d=r=>{a.has(r.id)||(a.set(r.id,n.length),n.push(r))};for(let r of e)d(r.from),d(r.to);let u=n.length*90-46+16,$=b("svg",{viewBox:`0 0 560 ${u}`,width:560,height:u,role:"img","aria-labelledby":`${t}-title`,class:"route-graph"});$.append(b("title",{id:`${t}-title`},s));let g=b("defs"),f=b("marker",{id:`${t}-arrow`,viewBox:"0 0 10 10",refX:9,refY:5,markerWidth:7,markerHeight:7,orient:"auto-start-reverse"});f.append(b("path",{d:"M 0 0 L 10 5 L 0 10 z",class:"arrowhead"})),g.append(f),$.append(g);let h=r=>8+r*90;return e.forEach((r,p)=>{let c=a.get(r.from.id),v=a.get(r.to.id),P=`edge${r.confidence==="UNVERIFIED"?" unverified":""}`,E=b("g",{class:P});if(Math.abs(v-c)===1){let x=48+p%2*8,[L,w]=v>c?[h(c)+44,h(v)]:[h(c),h(v)+44];E.append(b("line",{x1:x,y1:L,x2:x,y2:w,"marker-end":`url(#${t}-arrow)`})),E.append(b("text",{x:x+10,y:(L+w)/2+4,class:"edge-label"},r.relation))}else{let L=h(c)+22,w=h(v)+44/2,N=348+12*Math.abs(v-c);E.append(b("path",{d:`M 308 ${L} C ${N} ${L}, ${N} ${w}, 308 ${w}`,fill:"none","marker-end":`url(#${t}-arrow)`})),E.append(b("text",{x:320,y:w+(v>c?-8:18),class:"edge-label"},r.relation))}$.append(E)}),n.forEach((r,p)=>{let c=b("g",{class:`node kind-${r.__typename}`});c.append(b("rect",{x:8,y:h(p),width:300,height:44,rx:6})),c.append(b("text",{x:18,y:h(p)+17,class:"node-kind"},r.__typename)),c.append(b("text",{x:18,y:h(p)+35,class:"node-name"},G(o(r),38)));let v=b("title",{},`${r.__typename}: ${o(r)} (${r.id})`);c.append(v),$.append(c)}),$}async function F(e,o,{gql:s,h:t,HELD_LEVELS:n,LADDER:a,nodeName:d}){let u=o.subject.__typename==="Qualification",$=[];try{let{data:f}=await s(n,{id:o.subject.id,isQualification:u,occupation:u?null:o.subject.id,from:o.from});$=u?[f.node].filter(h=>h&&h.level):f.qualifications.edges.map(h=>h.node).filter(h=>h.level)}catch(f){e.replaceChildren(t("p",{class:"error"},`No ladder: ${f.message}`));return}if(!$.length){e.replaceChildren(t("p",{},`No level is recorded for ${u?"this qualification":`qualifications for this occupation in ${o.from}`}.`));return}let g=[];for(let f of $.slice(0,3)){let h=f.level,r=[];try{let{data:c}=await s(a,{framework:h.framework.code,level:h.level,to:o.to});r=c.levelComparisons}catch{}let p=c=>d({...c,__typename:"FrameworkLevel"});g.push(t("section",{class:"ladder","aria-label":`Levels of ${f.title}`},t("h3",{},f.title),t("ol",{class:"rungs"},t("li",{class:"rung held"},t("span",{class:"label"},"Held: "),p(h)),r.length?r.map(c=>t("li",{class:"rung"},c.via?[t("span",{class:"label"},"Through: "),`AQRF level ${c.via.level}`,c.fromFit?` (fit: ${c.fromFit})`:"",t("br"),"→ "]:"",t("span",{class:"label"},`In ${o.to}: `),p(c.level),c.toFit?` (fit: ${c.toFit})`:"",c.confidence==="VERIFIED"?"":t("span",{class:"confidence unverified"}," — unverified: the references on the way are not checked against the referencing reports"))):t("li",{class:"rung none"},`No level in ${o.to} is referenced to the same AQRF level.`))))}e.replaceChildren(...g,t("p",{class:"help"},"Same level is comparability, not recognition: the routes say which instrument grants recognition."))}function q(e,o,s,{h:t,sourceList:n,nodeName:a}){e.hidden=s.length===0,o.replaceChildren(...s.map((d,u)=>{let $=`channel-${u+1}`,g=d.occupations.map(f=>`${a(f.occupation)}${f.blocked?" — blocked: reserved for nationals":""}`);return t("article",{class:`channel${d.blocked?" blocked":""}`,"aria-labelledby":`${$}-h`,id:$},t("h3",{id:`${$}-h`},t("span",{class:"badge channel"},"CHANNEL TO WORK — NOT RECOGNITION"),d.blocked?t("span",{class:"badge blocked"},"BLOCKED"):null," ",d.summary),t("dl",{class:"details"},t("dt",{},"Instrument"),t("dd",{},`${d.instrument.title}${d.instrument.status?` (${d.instrument.status})`:""}`),t("dt",{},"What it gives"),t("dd",{},"A lawful recruitment channel; no qualification is recognised"),t("dt",{},"Occupations"),t("dd",{},g.join("; ")),t("dt",{},"Who decides"),t("dd",{},d.decision)),d.conditions.length?t("div",{class:"conditions"},t("h4",{},"Conditions"),t("ul",{},d.conditions.map(f=>t("li",{},f)))):null,t("ol",{class:"steps","aria-label":`Steps of channel ${u+1}`},d.steps.map(f=>t("li",{},t("p",{class:"step-head"},t("strong",{},a(f.from))," ",t("code",{},f.relation)," ",t("strong",{},a(f.to))),t("p",{},f.explanation),t("div",{},t("span",{class:"label"},"Sources: "),n(f.sources))))))}))}var m=e=>document.getElementById(e),l={from:"",to:"",subject:null},S=null;function y(e){if(!e)return"";switch(e.__typename){case"FrameworkLevel":return`${e.framework?.code} level ${e.level}${e.levelTitle||e.title?` (${e.levelTitle||e.title})`:""}`;case"QualificationFramework":return`${e.code} — ${e.name}`;case"Occupation":return`${e.title} (ISCO ${e.iscoCode})`;default:return e.name||e.title||e.label||e.id}}var W={FORMAL:"Formal recognition",CONDITIONAL:"Conditional recognition",ALIGNED:"Aligned standards",COMPARABLE:"Comparable levels (comparability, not recognition)"},V=[["How strong",e=>W[e.strength]||e.strength],["Instrument",e=>e.instrument&&`${e.instrument.title}${e.instrument.status?` (${e.instrument.status})`:""}`],["Blocked",e=>e.blocked?"Yes: a destination rule closes this route":"No"]];function Q(e){return e.length?i("ul",{class:"sources"},e.map(o=>i("li",{},o.url?i("a",{href:o.url,rel:"noopener noreferrer"},o.title):o.title,[o.publisher,o.year].filter(Boolean).length?` — ${[o.publisher,o.year].filter(Boolean).join(", ")}`:""))):i("span",{class:"muted"},"no source listed")}function J(e,o){let s=`route-${o+1}`,t=`Route ${o+1}: ${e.summary}`,n=i("dl",{class:"details"},V.flatMap(([u,$])=>{let g=$(e);return g?[i("dt",{},u),i("dd",{},g)]:[]})),a=e.conditions.length?i("div",{class:"conditions"},i("h4",{},"Conditions"),i("ul",{},e.conditions.map(u=>i("li",{},u)))):null,d=i("ol",{class:"steps","aria-label":`Steps of route ${o+1}`},e.steps.map(u=>i("li",{},i("p",{class:"step-head"},i("strong",{},y(u.from))," ",i("code",{},u.relation)," ",i("strong",{},y(u.to))),i("p",{},u.explanation),i("p",{class:`confidence ${u.confidence.toLowerCase()}`},`Confidence: ${u.confidence.toLowerCase()}`),i("div",{},i("span",{class:"label"},"Sources: "),Q(u.sources)))));return i("article",{class:`route strength-${e.strength.toLowerCase()}${e.blocked?" blocked":""}`,"aria-labelledby":`${s}-h`,id:s},i("h3",{id:`${s}-h`},i("span",{class:"badge"},e.strength),e.blocked?i("span",{class:"badge blocked"},"BLOCKED"):null," ",e.summary),n,a,i("div",{class:"route-body"},i("figure",{},B(e.steps,y,t,s),i("figcaption",{},"Each box is a node of the graph, each arrow a relationship.")),d))}function k(e,o){m("status").replaceChildren(e?i("p",{class:o?"error":""},e):"")}function z(){let e=new URLSearchParams(location.search),o=e.get("qualification")||e.get("occupation");return{from:(e.get("from")||"").toUpperCase(),to:(e.get("to")||"").toUpperCase(),id:o,kind:e.get("qualification")?"Qualification":"Occupation"}}function K(e){let o=new URLSearchParams;l.from&&o.set("from",l.from),l.to&&o.set("to",l.to),l.subject&&o.set(l.subject.__typename==="Qualification"?"qualification":"occupation",l.subject.id);let s=`${location.pathname}?${o}`;e?history.pushState(null,"",s):history.replaceState(null,"",s)}function Y(){if(!S)return;let e=`skillsgraph dataset ${S.version} (${S.date})`;m("data-version").replaceChildren(i("span",{},e),". Cite this view as: ",i("cite",{},`${e}, ${location.href}`));let o=new URLSearchParams(location.search),s=[["GraphML","graphml"],["JSON-LD","jsonld"],["CSV (zip)","csv.zip"]],t=n=>s.map(([a,d],u)=>[u?", ":"",i("a",{href:n(d)},a)]);m("downloads").replaceChildren(...["Download ",l.subject&&l.from&&l.to?["these routes as ",t(n=>`/export/recognition.${n}?${o}`),"; "]:[],"the whole graph as ",t(n=>`/export/graph.${n}`),"."].flat(1/0))}async function U(){Y();let e=m("route-list");if(!l.from||!l.to||!l.subject){e.replaceChildren(),m("channels").hidden=!0,k("Choose two countries and a qualification or an occupation.");return}k("Looking for routes…");let o={from:l.from,to:l.to};o[l.subject.__typename==="Qualification"?"qualification":"occupation"]=l.subject.id;try{let{data:s}=await C(T,o),t=s.recognitionPaths,n=t.paths.length,a=t.strongest==="COMPARABLE"?" The open routes are comparability only, which is not recognition.":"";k(`${n} route${n===1?"":"s"} for ${l.subject.label} from ${l.from} to ${l.to}.${a}${t.reason?` ${t.reason}`:""}${n?"":` (${t.outcome.replace("_"," ").toLowerCase()})`}`),e.replaceChildren(...t.paths.map(J)),q(m("channels"),m("channel-list"),t.channels,{h:i,sourceList:Q,nodeName:y})}catch(s){e.replaceChildren(),m("channels").hidden=!0,k(`The API refused the question: ${s.message}`,!0)}F(m("ladder-body"),l,{gql:C,h:i,HELD_LEVELS:I,LADDER:D,nodeName:y})}function Z(e){for(let o of[m("from"),m("to")]){let s=e.filter(n=>n.aseanMember),t=e.filter(n=>!n.aseanMember);o.replaceChildren(i("option",{value:""},"Choose…"),i("optgroup",{label:"ASEAN Member States"},s.map(n=>i("option",{value:n.code},`${n.name} (${n.code})`))),t.length?i("optgroup",{label:"Other countries"},t.map(n=>i("option",{value:n.code},`${n.name} (${n.code})`))):null)}}async function H(){let e=z();if(l.from=e.from,l.to=e.to,m("from").value=e.from,m("to").value=e.to,l.subject=null,e.id)try{let{data:o}=await C(j,{id:e.id});o.node&&(l.subject={id:o.node.id,__typename:o.node.__typename,label:y(o.node)})}catch{}m("subject").value=l.subject?l.subject.label:"",m("subject-chosen").textContent=l.subject?`Chosen: ${l.subject.__typename.toLowerCase()} ${l.subject.label}`:"",await U()}async function ee(){let{data:e}=await C(O);S=e.dataVersion,Z(e.countries),R(m("subject"),m("subject-options"),async o=>{let s=await C(A,{text:o}),t=m("from").value,n=a=>a.__typename!=="Qualification"?1:a.country&&a.country.code===t?0:2;return s.data.search.map((a,d)=>({n:a,i:d})).sort((a,d)=>n(a.n)-n(d.n)||a.i-d.i).map(({n:a})=>({...a,label:y(a),detail:a.__typename==="Qualification"?`qualification${a.country?`, ${a.country.code}`:""}`:"occupation"}))},o=>{l.subject={id:o.id,__typename:o.__typename,label:o.label},m("subject-chosen").textContent=`Chosen: ${o.__typename.toLowerCase()} ${o.label}`}),m("ask").addEventListener("submit",o=>{if(o.preventDefault(),l.from=m("from").value,l.to=m("to").value,!l.subject){k("Pick a qualification or an occupation from the list (type two letters or more).",!0),m("subject").focus();return}K(!0),U().then(()=>m("routes").focus())}),window.addEventListener("popstate",H),await H()}ee().catch(e=>k(`The explorer could not start: ${e.message}`,!0));})();

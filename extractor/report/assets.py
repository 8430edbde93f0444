"""The report's stylesheet and script, inlined into every page so that it needs no network."""
from __future__ import annotations

from ..fact_types import TYPES

# One colour per fact type (fact_types.py), and one for a span an audit finding cites
TYPE_COLOURS: dict[str, tuple[str, str]] = {t.name: t.colour for t in TYPES}
TYPE_COLOURS["ref"] = ("#fecaca", "#b91c1c")


def type_css() -> str:
    return "\n".join(
        f".t-{t}{{background:{bg};border-bottom-color:{line}}} .key-{t}{{background:{bg};border-color:{line}}}"
        for t, (bg, line) in TYPE_COLOURS.items())


CSS = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB",
 "Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#111827;background:#f9fafb}
header{padding:.75rem 1rem;background:#fff;border-bottom:1px solid #e5e7eb}
h1{font-size:1.15rem;margin:0 0 .4rem}
h2{font-size:1rem;margin:0 0 .5rem}
.legend{display:flex;flex-wrap:wrap;gap:.35rem .6rem;margin:0 0 .75rem;padding:0 0 .6rem;list-style:none;
 font-size:.85rem;border-bottom:1px solid #e5e7eb}
.legend li{display:flex;align-items:center;gap:.3rem}
.key{display:inline-block;width:1.1em;height:1.1em;border:2px solid;border-radius:3px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(20rem,32rem);gap:1rem;padding:1rem;
 max-width:90rem;margin:0 auto}
main{min-width:0}
.page{margin:0;padding:1rem;background:#fff;border:1px solid #e5e7eb;border-radius:6px;
 white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;line-height:1.75}
aside{position:sticky;top:.5rem;align-self:start;max-height:calc(100vh - 1rem);overflow:auto;
 background:#fff;border:1px solid #e5e7eb;border-radius:6px;padding:.75rem}
.page.compact .gap{display:block;height:.45em;overflow:hidden}
.fact{position:relative;border-bottom:2px solid;border-radius:2px;cursor:help;scroll-margin:40vh}
.fact:focus{outline:2px solid #111827;outline-offset:1px}
.fact.flag{text-decoration:underline wavy #dc2626;text-underline-offset:4px}
.fact.marked,.fact:target{outline:3px solid #dc2626;outline-offset:1px;background:#fef08a}
.fact::after{content:attr(data-tip);display:none;position:absolute;left:0;top:100%;z-index:10;
 width:max-content;max-width:min(22rem,80vw);white-space:pre-wrap;padding:.4rem .55rem;font-size:.8rem;
 line-height:1.45;color:#fff;background:#111827;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.fact:hover:not(:has(.fact:hover))::after,.fact:focus::after{display:block}
.fact.tip-left::after{left:auto;right:0}
.findings{list-style:none;margin:0;padding:0}
.finding{border:1px solid #e5e7eb;border-left:5px solid #9ca3af;border-radius:4px;padding:.5rem .6rem;
 margin-bottom:.6rem;font-size:.9rem}
.finding.v-inconsistent{border-left-color:#dc2626;background:#fef2f2}
.finding.v-consistent{border-left-color:#16a34a}
.finding.active{box-shadow:0 0 0 2px #111827}
.finding button{all:unset;cursor:pointer;font-weight:600;display:block}
.finding button:focus-visible{outline:2px solid #111827}
.verdict{display:inline-block;padding:0 .4rem;border-radius:3px;font-size:.8rem;color:#fff;background:#6b7280}
.v-inconsistent .verdict{background:#dc2626}
.v-consistent .verdict{background:#16a34a}
.finding p{margin:.3rem 0}
.refs{margin:.2rem 0 0;padding-left:1.1rem}
.refs a{color:#1d4ed8}
.note{color:#6b7280;font-size:.9rem}
.counts{font-size:.85rem;color:#374151;margin:.3rem 0 0}
@media (max-width:52rem){
 .layout{grid-template-columns:1fr;padding:.5rem}
 aside{position:static;max-height:60vh;order:-1}
 .page{padding:.6rem;line-height:1.8}
}
@media print{aside{position:static;max-height:none}.fact::after{display:none!important}}
"""

# Clicking a finding marks its facts and scrolls to the first; without script, its links still jump.
SCRIPT = """
(function(){
  function mark(li){
    document.querySelectorAll('.fact.marked').forEach(function(e){e.classList.remove('marked')});
    document.querySelectorAll('.finding.active').forEach(function(e){e.classList.remove('active')});
    li.classList.add('active');
    var first=null;
    (li.getAttribute('data-facts')||'').split(' ').forEach(function(key){
      if(!key) return;
      document.querySelectorAll('[data-fact="'+key+'"]').forEach(function(e){
        e.classList.add('marked'); if(!first) first=e;
      });
    });
    if(first){first.scrollIntoView({block:'center'}); first.focus({preventScroll:true});}
  }
  // a fact in the right half of the screen opens its tip to the left, so it stays on screen
  function side(ev){
    var e=ev.target.closest && ev.target.closest('.fact'); if(!e) return;
    e.classList.toggle('tip-left', e.getBoundingClientRect().left > window.innerWidth/2);
  }
  document.addEventListener('mouseover', side); document.addEventListener('focusin', side);
  var compact=document.getElementById('compact'), page=document.getElementById('page');
  if(compact) compact.addEventListener('change', function(){page.classList.toggle('compact', compact.checked)});
  document.querySelectorAll('.finding').forEach(function(li){
    li.addEventListener('click', function(ev){
      if(ev.target.closest('a')) return;
      mark(li);
    });
  });
  document.querySelectorAll('.finding a[data-link]').forEach(function(a){
    a.addEventListener('click', function(ev){
      ev.preventDefault(); mark(a.closest('.finding'));
      var e=document.getElementById('f-'+a.getAttribute('data-link'));
      if(e){e.scrollIntoView({block:'center'}); e.focus({preventScroll:true});}
    });
  });
})();
"""

/**
 * The page's stylesheet: one colour per kind of highlight (dark text on light backgrounds, each kind also
 * told apart by its underline or outline), tables that turn into cards on a phone, and a print
 * stylesheet that keeps only the header and the task table.
 */
import {kinds} from './kinds.js'

/** Hides a kind's highlight when its legend box is unchecked (`body.hide-<kind>`). */
const toggles = kinds
  .map((kind) => `.hide-${kind} mark.k-${kind}:not(.swatch){background:none;border:0;outline:0;box-shadow:none;text-decoration:none;font-weight:inherit}`)
  .join('\n')

export const style = `:root{--fg:#1b1f24;--muted:#4a5560;--line:#d0d7de;--accent:#0b57d0;--overdue:#b3261e;--soon:#8a5300}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--fg);background:#fff}
header,main{max-width:72rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.5rem;margin:1rem 0 .25rem}
h2{font-size:1.25rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0}
.skip:focus{left:.5rem;top:.5rem;z-index:30;background:#fff;padding:.5rem 1rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.doc{margin:.25rem 0;font-weight:600}
.summary{margin:.25rem 0;color:var(--muted)}
.routing-summary{margin:.25rem 0}
nav ul,.key,.legend ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.5rem 0;padding:0;list-style:none}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:.5rem 0}
.controls label{display:flex;flex-direction:column;font-size:.875rem;color:var(--muted)}
select,input,button{font:inherit;color:var(--fg);background:#fff;border:1px solid #6e7781;border-radius:4px;padding:.375rem .5rem;min-height:2.5rem;max-width:100%}
button{cursor:pointer}
.count{font-size:.875rem;color:var(--muted);margin:.25rem 0}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9375rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .5rem;border-bottom:1px solid var(--line)}
th{white-space:nowrap;background:#f3f5f7}
th button{border:0;background:none;padding:0;min-height:0;font-weight:700}
th[aria-sort=ascending] .arrow::after{content:" ▲"}
th[aria-sort=descending] .arrow::after{content:" ▼"}
.c-path,.c-deadline{white-space:nowrap}
.task-id{display:block;color:var(--muted);font-size:.8125em}
table.routing{width:auto;min-width:min(40rem,100%)}
table.routing .c-mark{text-align:center}
tr.r-lead td{background:#eef8f0}
tr.part th{white-space:normal;background:#e8eef5;border-top:2px solid var(--line);font-weight:700}
.controls select{max-width:min(24rem,100%)}
tr[hidden]{display:none!important}
.u-overdue{color:var(--overdue);font-weight:700}
.u-soon{color:var(--soon);font-weight:700}
.source{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.9375rem;line-height:1.75;background:#fbfbfc;border:1px solid var(--line);border-radius:6px;padding:.75rem;margin:0}
.file{color:var(--muted);font-size:.875rem;margin:.25rem 0}
mark{color:inherit;background:none;padding:0;border-radius:2px;scroll-margin:6rem}
mark[data-tip]{cursor:help}
mark.k-task{background:#e6effc}
mark.k-deadline{background:#ffd6a0;border-bottom:2px solid #9a4700}
mark.k-directing{background:#f9d3e3}
mark.k-lead{background:#bdebc9;font-weight:700}
mark.k-support{background:#e0d8fb}
mark.k-responsible{background:#c6edef}
mark.k-reference{background:#fdee9b;border-bottom:2px dashed #6f5800}
mark.k-figure{background:#e4e4e4;border-bottom:2px dotted #3d3d3d}
mark.k-routing{background:#d2e6ff;outline:1px solid #4d79a8}
mark.k-diagnostic{text-decoration:underline wavy #c62828;text-decoration-skip-ink:none;text-underline-offset:4px}
mark.current{outline:3px solid var(--accent);outline-offset:1px}
${toggles}
.legend{background:#fff;border-bottom:1px solid var(--line);margin:0 0 .75rem;padding:.25rem 0;z-index:5}
.legend-title{margin:0;font-weight:700}
.legend label{display:inline-flex;gap:.35rem;align-items:center}
.legend input{min-height:0;width:1.1rem;height:1.1rem;margin:0}
.legend small{color:var(--muted)}
#tip{position:absolute;z-index:20;max-width:min(28rem,calc(100vw - 1rem));background:#1b1f24;color:#fff;padding:.5rem .65rem;border-radius:6px;font:.875rem/1.45 system-ui,sans-serif;white-space:pre-line;pointer-events:none;box-shadow:0 2px 10px rgba(0,0,0,.3)}
#tip[hidden]{display:none}
.timeline{margin:0}
.svg-wrap{overflow-x:auto}
#timeline-svg{display:block;width:100%;height:auto;min-width:36rem;font:12px system-ui,sans-serif}
.tick line{stroke:#d8dee4}
.tick text{fill:#3d4751}
.lane-name{fill:var(--fg);font-weight:700;paint-order:stroke;stroke:#fff;stroke-width:4px}
.lane-axis{stroke:#8c959f}
.today line,.today-key{stroke:var(--fg);stroke-width:1.5;stroke-dasharray:4 3}
.today text{fill:var(--fg);font-weight:700}
path.u-overdue{fill:var(--overdue)}
circle.u-soon{fill:#f0b45a;stroke:#8a5300}
circle.u-later{fill:#7ea6f2;stroke:#0b57d0}
svg text.count{fill:var(--fg);font-weight:700}
svg a:focus{outline:none}
svg a:focus-visible circle,svg a:focus-visible path{stroke:var(--fg);stroke-width:3}
.diagnostics{padding-left:1.5rem}
.diagnostics li{margin:.35rem 0}
.sev{font-weight:700}
.sev-error .sev,.diag-counts .sev-error{color:#b3261e}
.sev-warning .sev,.diag-counts .sev-warning{color:#8a5300}
.sev-info .sev,.diag-counts .sev-info{color:#0b57d0}
code{font-size:.85em;background:#f3f5f7;padding:0 .25rem;border-radius:3px}
@media (min-width:48rem){.legend{position:sticky;top:0}html{scroll-padding-top:7rem}}
@media (max-width:40rem){
header,main{padding:0 .75rem}
.controls label,.controls select,.controls input{width:100%;max-width:none}
table,tbody,tr,td{display:block}
thead tr{display:flex;flex-wrap:wrap;gap:.25rem .75rem}
thead th{border:0;background:none;padding:.25rem 0}
tbody tr{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.35rem .6rem}
td{border:0;padding:.1rem 0}
tr.part{border:0;padding:0;margin:1rem 0 .25rem}
tr.part th{display:block;background:none;border:0;padding:0}
td::before{content:attr(data-label) ": ";font-weight:700;color:var(--muted)}
}
@page{size:A4;margin:10mm}
@media print{
body{font-size:9pt;line-height:1.3}
.skip,nav,.controls,.count,#routing,#timeline,#diagnostics,#sources,#tip{display:none!important}
header,main{max-width:none;padding:0}
h1{font-size:12pt;margin:0 0 2pt}
h2{font-size:10pt;margin:4pt 0 2pt}
.table-wrap{overflow:visible}
table{font-size:8pt;line-height:1.25}
th,td{padding:1.5pt 3pt}
.c-action{width:40%}
.c-lead{width:20%}
.c-support{width:14%}
.doc,.summary,.routing-summary{font-size:8.5pt;margin:0 0 2pt}
.c-deadline,.c-days{white-space:nowrap}
th{background:none}
th button{color:#000}
.arrow{display:none}
tr{break-inside:avoid}
tr.part th{background:none;break-after:avoid}
a{color:inherit;text-decoration:none}
}
`

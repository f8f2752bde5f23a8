/// The report's one stylesheet, inline in the page: calm type, quiet tables, charts that scale
/// with the page, and a print stylesheet for A4 that keeps each chart and table on one page.
enum HTMLReportStyle {
    static let css = """
    :root {
      --ink: #14232e; --muted: #52606d; --rule: #d5dbe1; --soft: #f4f6f8; --navy: #183b5e; --accent: #1d4e89;
      --warn-bg: #fdf6e3; --warn-rule: #d9a21b;
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; background: #eef1f4; color: var(--ink);
      font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "DejaVu Sans", Arial, sans-serif;
      -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    .report { max-width: 1120px; margin: 24px auto; padding: 40px 48px 32px; background: #fff;
      box-shadow: 0 1px 3px rgba(20, 35, 46, .12); border-radius: 4px; }
    h1, h2, h3 { color: var(--navy); line-height: 1.25; }
    h1 { font-size: 2.1rem; margin: .1em 0 .3em; letter-spacing: -.01em; }
    h2 { font-size: 1.45rem; margin: 0 0 .6em; padding-bottom: .3em; border-bottom: 2px solid var(--rule); }
    h3 { font-size: 1.1rem; margin: 1.2em 0 .4em; }
    p { margin: 0 0 .8em; max-width: 75ch; }
    a { color: var(--accent); }
    .muted { color: var(--muted); }
    .masthead { border-bottom: 4px solid var(--navy); padding-bottom: 20px; margin-bottom: 28px; }
    .eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; font-weight: 600; color: var(--accent); margin: 0; }
    .lede { font-size: 1.05rem; color: var(--muted); }
    .meta { display: flex; flex-wrap: wrap; gap: 10px 32px; margin: 16px 0 0; }
    .meta div { min-width: 8em; }
    .meta dt { font-size: .75rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
    .meta dd { margin: 0; font-weight: 600; }
    .organisations { margin-top: 12px; color: var(--muted); }
    .notice { display: block; background: var(--warn-bg); border-left: 4px solid var(--warn-rule); padding: 10px 14px; margin: 0 0 24px; max-width: none; }
    .block, .colophon { margin: 0 0 40px; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 14px; margin: 0 0 16px; }
    .card { background: var(--soft); border-radius: 6px; padding: 14px 16px; border-top: 3px solid var(--accent); }
    .card p { margin: 0; }
    .card-label { font-size: .78rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); font-weight: 600; }
    .card-value { font-size: 1.9rem; font-weight: 700; color: var(--navy); line-height: 1.2; margin: 4px 0 !important; font-variant-numeric: tabular-nums; }
    .card-note { font-size: .9rem; color: var(--muted); }
    .progress { display: inline-block; vertical-align: middle; width: 64px; height: 8px; margin-right: 6px; background: #dfe4e8;
      border-radius: 4px; overflow: hidden; border: 1px solid #b8c2cb; }
    .progress span { display: block; height: 100%; background: var(--accent); }
    .card .progress { display: block; width: 100%; margin: 2px 0 6px; }
    figure { margin: 0 0 28px; }
    .pair { display: grid; grid-template-columns: minmax(0, max-content) minmax(min-content, 1fr); gap: 28px; align-items: start; }
    .pair.wide { grid-template-columns: minmax(0, 1fr); gap: 12px; }
    .pair .table { font-size: .9em; }
    .pair .table th, .pair .table td { padding: 5px 6px; }
    .pair figcaption { grid-column: 1 / -1; font-size: .88rem; color: var(--muted); margin-top: -6px; }
    .chart-svg { display: block; height: auto; max-width: 100%;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
    table { border-collapse: collapse; width: 100%; font-size: .92rem; font-variant-numeric: tabular-nums; }
    caption { text-align: left; font-weight: 600; color: var(--navy); padding: 0 0 6px; }
    th, td { padding: 6px 8px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
    thead th { font-size: .78rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); border-bottom: 2px solid var(--rule); }
    tbody th { font-weight: 600; }
    .num { text-align: right; white-space: nowrap; }
    thead th.num { text-align: right; }
    tbody tr:nth-child(even) { background: #fafbfc; }
    .compact th, .compact td { padding: 4px 8px; }
    .compact { width: auto; min-width: 50%; }
    .stage { white-space: nowrap; }
    .swatch { display: inline-block; width: .85em; height: .85em; margin-right: .35em; vertical-align: -.05em;
      border: 1px solid #5b7083; border-radius: 2px; }
    .table-scroll { overflow-x: auto; }
    .heat td, .heat th { padding: 3px; vertical-align: middle; }
    .heat tbody tr:last-child th, .heat tbody tr:last-child td { border-top: 2px solid var(--rule); }
    .heat .heat { display: block; padding: 4px 8px; border-radius: 3px; text-align: right; font-weight: 600; white-space: nowrap; }
    .heat .heat small { display: block; font-weight: 400; font-size: .72rem; opacity: .9; }
    .hidden-note { font-size: .92rem; color: var(--muted); border-left: 3px solid var(--rule); padding-left: 12px; }
    .discussion { border: 1px solid var(--rule); border-left: 4px solid var(--accent); border-radius: 4px; padding: 4px 20px 8px; margin: 0 0 18px; }
    .discussion h3 { margin-top: .7em; }
    .range { font-weight: 400; color: var(--muted); font-size: .95rem; margin-left: .4em; }
    .prompt { font-style: italic; font-size: 1.02rem; }
    .spread { padding-left: 1.2em; }
    .spread li { margin-bottom: 12px; }
    .spread .question { font-weight: 600; margin-bottom: .2em; }
    .ends { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin: 6px 0 0; }
    .ends div { background: var(--soft); padding: 8px 12px; border-radius: 4px; }
    .ends dt { font-size: .75rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
    .ends dd { margin: 0; }
    .all-clear { background: var(--soft); padding: 10px 14px; border-radius: 4px; }
    .move { white-space: nowrap; }
    .note { border-bottom: 1px solid var(--rule); padding: 10px 0; }
    .note p { margin: 0 0 .3em; }
    .note-question { font-weight: 600; }
    .note-dimension { display: inline-block; font-size: .72rem; text-transform: uppercase; letter-spacing: .06em; color: #fff;
      background: var(--navy); border-radius: 3px; padding: 1px 6px; margin-right: 6px; vertical-align: .1em; }
    .note-answer { font-size: .92rem; color: var(--muted); }
    blockquote { margin: .4em 0 0; padding: 6px 14px; border-left: 3px solid var(--accent); background: var(--soft); white-space: pre-wrap; }
    blockquote p { margin: 0; }
    .steps { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; }
    .step { background: var(--soft); border-radius: 6px; padding: 4px 18px 10px; }
    .step h3 { margin-top: .7em; }
    .step-stages { font-weight: 400; color: var(--muted); font-size: .9rem; margin-left: .3em; }
    .step ul { padding-left: 1.2em; margin: 0; }
    .step li { margin-bottom: .35em; }
    .colophon { border-top: 2px solid var(--rule); padding-top: 16px; font-size: .9rem; color: var(--muted); margin-bottom: 0; }
    .colophon h2 { font-size: 1.05rem; border: 0; padding: 0; }
    .colophon dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
    .colophon dl div { display: contents; }
    .colophon dt { font-weight: 600; color: var(--ink); }
    .colophon dd { margin: 0; }
    @media (max-width: 1000px) {
      .pair { grid-template-columns: minmax(0, 1fr); }
    }
    @media (max-width: 700px) {
      .report { padding: 20px; margin: 0; border-radius: 0; }
      .pair { grid-template-columns: minmax(0, 1fr); }
      .ends { grid-template-columns: 1fr; }
    }
    @page { size: A4; margin: 16mm 14mm 16mm; }
    @media print {
      body { background: #fff; font-size: 10pt; }
      .report { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
      .pair { grid-template-columns: minmax(0, 1fr); gap: 8px; }
      .pair .chart { text-align: center; }
      .chart-svg { margin: 0 auto; max-height: 120mm; width: auto; }
      /* A chart or a table never splits across pages; a chart and its table may. */
      .chart, table, .card, .cards, .discussion, .step, .note, .ends, .notice, .hidden-note, .colophon, .spread li {
        break-inside: avoid; page-break-inside: avoid; }
      .cards { grid-template-columns: repeat(auto-fit, minmax(28mm, 1fr)); gap: 8px; }
      .card { padding: 8px 10px; }
      .card-value { font-size: 1.5rem; }
      .block { margin-bottom: 24px; }
      h2, h3, caption { break-after: avoid; page-break-after: avoid; }
      section.block { break-before: auto; }
      .table-scroll { overflow: visible; }
      .heat { font-size: 8.5pt; }
      a { color: inherit; text-decoration: none; }
      .notice a::after { content: " (at the end)"; }
    }

    """
}

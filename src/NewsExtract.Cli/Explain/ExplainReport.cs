using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsExtract.Cli.Explain;

/// <summary>
/// The report of <c>newsextract explain</c>: one self-contained HTML file drawn from <see cref="ExtractionTrace"/> —
/// the fields with their reasons, every block in page order coloured by role (weight, rule, CSS path, the located
/// article marked), a legend that filters by role and, for HTML pages, the page itself beside them in a sandboxed
/// frame (<see cref="PagePreview"/>) with the chosen blocks outlined. Inline CSS, one small inline script of its own
/// (the role filter) allowed by its hash in the report's Content-Security-Policy and nothing else: nothing is loaded
/// and nothing from the page runs. Everything from the page is HTML-escaped.
/// </summary>
internal static class ExplainReport
{
    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create("&<>\"'");

    /// <summary>The roles, in the legend's order, with their colours (background, border).</summary>
    public static readonly IReadOnlyList<(string Role, string Label, string Background, string Border)> Roles =
    [
        ("Title", "title", "#fde2e4", "#d1495b"),
        ("Body", "body", "#dcfce7", "#15803d"),
        ("Dateline", "dateline", "#e0f2fe", "#0369a1"),
        ("Byline", "byline", "#ede9fe", "#6d28d9"),
        ("Source", "source", "#fef3c7", "#b45309"),
        ("Credit", "credit", "#fce7f3", "#be185d"),
        ("Caption", "caption", "#ccfbf1", "#0f766e"),
        ("RelatedHeading", "related heading", "#e0e7ff", "#3730a3"),
        ("Related", "related", "#eef2ff", "#4f46e5"),
        ("Breadcrumb", "breadcrumb", "#f5f5f4", "#78716c"),
        ("Player", "player", "#fff7ed", "#c2410c"),
        ("Share", "share", "#f1f5f9", "#475569"),
        ("Copyright", "copyright", "#f3f4f6", "#4b5563"),
        ("Boilerplate", "boilerplate", "#fafafa", "#a3a3a3"),
    ];

    // The filter: hides the blocks of the roles unticked in the legend; marks the page as ready for the browser test.
    private const string Script = """
        (function () {
          var boxes = document.querySelectorAll('#legend input[data-role]');
          function apply() {
            var hidden = {};
            for (var i = 0; i < boxes.length; i++) { if (!boxes[i].checked) { hidden[boxes[i].getAttribute('data-role')] = true; } }
            var blocks = document.querySelectorAll('#blocks li.blk');
            var shown = 0;
            for (var j = 0; j < blocks.length; j++) {
              var hide = hidden[blocks[j].getAttribute('data-role')] === true;
              blocks[j].hidden = hide;
              if (!hide) { shown++; }
            }
            document.getElementById('shown').textContent = String(shown);
          }
          for (var i = 0; i < boxes.length; i++) { boxes[i].addEventListener('change', apply); }
          var only = document.getElementById('only-content');
          only.addEventListener('change', function () { document.body.classList.toggle('only-content', only.checked); });
          apply();
          document.body.setAttribute('data-report-ready', String(document.querySelectorAll('#blocks li.blk').length));
        })();
        """;

    private const string Style = """
        :root { color-scheme: light; --line: #d4d4d8; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans", sans-serif; color: #18181b; background: #fff; }
        header, section.panel { padding: 0.75rem 1rem; }
        header { border-bottom: 1px solid var(--line); background: #fafafa; }
        h1 { font-size: 1.25rem; margin: 0 0 0.25rem; overflow-wrap: anywhere; }
        h2 { font-size: 1.05rem; margin: 0.5rem 0; }
        .facts { margin: 0; color: #52525b; font-size: 0.9rem; overflow-wrap: anywhere; }
        code { font: 0.82rem/1.4 ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
        th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 0.3rem 0.4rem; overflow-wrap: anywhere; }
        th { white-space: nowrap; }
        td.why { color: #3f3f46; }
        #legend { display: flex; flex-wrap: wrap; gap: 0.35rem 0.8rem; position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: 0.5rem 1rem; font-size: 0.85rem; }
        #legend label { display: inline-flex; align-items: center; gap: 0.3rem; white-space: nowrap; }
        .sw { display: inline-block; width: 0.9rem; height: 0.9rem; border-radius: 3px; border: 2px solid; }
        .split { display: grid; grid-template-columns: 1fr; }
        @media (min-width: 1000px) { .split.with-page { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } #page { position: sticky; top: 2.6rem; align-self: start; } }
        #blocks ol { list-style: none; margin: 0; padding: 0; }
        li.blk { margin: 0 0 0.35rem; padding: 0.3rem 0.5rem; border-left: 5px solid; border-radius: 3px; }
        li.blk.out { opacity: 0.72; }
        body.only-content li.blk.out { display: none; }
        li.blk .meta { font-size: 0.78rem; color: #3f3f46; display: flex; flex-wrap: wrap; gap: 0.1rem 0.6rem; }
        li.blk .meta b { color: #18181b; }
        li.blk .text { overflow-wrap: anywhere; white-space: pre-wrap; }
        li.mark { margin: 0.5rem 0; padding: 0.2rem 0.5rem; font-size: 0.8rem; font-weight: 600; color: #1d4ed8; border-top: 2px dashed #1d4ed8; }
        li.mark.end { border-top: 0; border-bottom: 2px dashed #1d4ed8; }
        #page iframe { width: 100%; height: 85vh; border: 1px solid var(--line); background: #fff; }
        .note { color: #52525b; font-size: 0.85rem; }
        @media (max-width: 600px) {
          body { font-size: 14px; } header, section.panel { padding: 0.5rem; } #legend { padding: 0.4rem 0.5rem; }
          #fields thead { display: none; }
          #fields tr, #fields th, #fields td { display: block; border: 0; padding: 0.1rem 0; }
          #fields tr { border-bottom: 1px solid var(--line); padding: 0.3rem 0; }
          #fields th { overflow-wrap: normal; }
        }
        """;

    /// <summary>The report's HTML.</summary>
    /// <param name="source">What was read (a file name, with the record for a WARC record), shown in the header.</param>
    /// <param name="article">The article, extracted with block tracing on.</param>
    /// <param name="preview">The page for the side frame (scripts stripped, chosen blocks marked); null for text captures.</param>
    /// <param name="previewNote">Why there is no page beside the blocks, when there is none.</param>
    public static string Render(string source, Article article, string? preview, string? previewNote)
    {
        var trace = ExtractionTrace.Of(article);
        var html = new StringBuilder(64 * 1024);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)));
        var lang = article.Language switch
        {
            ContentLanguage.Vietnamese => "vi",
            ContentLanguage.ChineseSimplified => "zh-Hans",
            ContentLanguage.ChineseTraditional => "zh-Hant",
            _ => "und",
        };

        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-").Append(hash).Append("'\">\n")
            .Append("<meta name=\"generator\" content=\"newsextract explain\">\n")
            .Append("<title>newsextract explain: ").Append(E(article.Title.Length > 0 ? article.Title : source)).Append("</title>\n<style>\n").Append(Style);
        foreach (var (role, _, background, border) in Roles)
        {
            html.Append(CultureInfo.InvariantCulture, $"li.r-{role} {{ background: {background}; border-left-color: {border}; }} .sw.r-{role} {{ background: {background}; border-color: {border}; }}\n");
        }

        html.Append("</style></head>\n<body>\n");
        Header(html, source, article, trace);
        Fields(html, article, trace);
        Legend(html, trace);
        html.Append("<main class=\"split").Append(preview is null ? "" : " with-page").Append("\">\n");
        Blocks(html, trace);
        if (preview is not null)
        {
            html.Append("<section id=\"page\" class=\"panel\"><h2>The page</h2><p class=\"note\">Scripts, frames and links removed; nothing is loaded. Outlined: the blocks given a role other than boilerplate, in their role's colour.</p>\n")
                .Append("<iframe title=\"The page, scripts removed\" sandbox=\"\" referrerpolicy=\"no-referrer\" srcdoc=\"").Append(E(preview)).Append("\"></iframe></section>\n");
        }

        html.Append("</main>\n");
        if (preview is null && previewNote is not null)
        {
            html.Append("<p class=\"note panel\">").Append(E(previewNote)).Append("</p>\n");
        }

        html.Append("<script>").Append(Script).Append("</script>\n</body></html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, string source, Article article, ExtractionTrace trace)
    {
        var d = article.Diagnostics;
        html.Append("<header><h1>").Append(E(article.Title.Length > 0 ? article.Title : "(no title)")).Append("</h1>\n<p class=\"facts\">")
            .Append(E(source)).Append(" · ").Append(trace.Input == InputKind.Html ? "HTML" : "text capture")
            .Append(" · ").Append(E(article.Language.ToString()))
            .Append(d.Encoding is { } encoding ? " · " + E(encoding) : "")
            .Append(CultureInfo.InvariantCulture, $" · {trace.Blocks.Count} blocks")
            .Append(trace.ContentFirst is { } first ? string.Create(CultureInfo.InvariantCulture, $" · article: blocks {first}–{trace.ContentLast}") : " · no article located")
            .Append(article.IsArticle ? " · an article" : " · not an article")
            .Append(d.Truncated ? " · <b>truncated</b>" : "")
            .Append("</p></header>\n");
    }

    private static void Fields(StringBuilder html, Article article, ExtractionTrace trace)
    {
        html.Append("<section id=\"fields\" class=\"panel\"><h2>Fields</h2>\n<table><thead><tr><th>field</th><th>value</th><th>why</th><th>blocks</th></tr></thead><tbody>\n");
        foreach (var field in trace.Fields)
        {
            html.Append("<tr><th>").Append(E(field.Field)).Append("</th><td>").Append(ValueOf(article, field.Field)).Append("</td><td class=\"why\">")
                .Append(E(field.Reason)).Append(" <code>").Append(E(field.Code)).Append("</code></td><td>");
            BlockLinks(html, field.Blocks);
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        if (trace.Notes.Count > 0)
        {
            html.Append("<h2>Notes</h2><table><tbody>\n");
            foreach (var note in trace.Notes)
            {
                html.Append("<tr><th><code>").Append(E(note.Code)).Append("</code></th><td>").Append(E(note.Message)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("</section>\n");
    }

    private static void BlockLinks(StringBuilder html, IReadOnlyList<int> blocks)
    {
        const int Shown = 12;
        for (var i = 0; i < blocks.Count && i < Shown; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"#b{blocks[i]}\">#{blocks[i]}</a> ");
        }

        if (blocks.Count > Shown)
        {
            html.Append(CultureInfo.InvariantCulture, $"… ({blocks.Count})");
        }
    }

    /// <summary>A field's value, escaped, shortened where it is long.</summary>
    private static string ValueOf(Article article, string field)
    {
        static string List(IEnumerable<string> items) => items.Any() ? E(string.Join(" · ", items)) : "<span class=\"note\">none</span>";
        return field switch
        {
            "title" => article.Title.Length > 0 ? E(article.Title) : "<span class=\"note\">none</span>",
            "dateline" => article.Dateline.Published is { } published
                ? E(published.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) + $" ({article.Dateline.Precision})" + (article.Dateline.Text is { } text ? $" «{text}»" : "") + (article.Dateline.Place is { } place ? $" · {place}" : ""))
                : article.Dateline.Text is { } only ? E(only) : "<span class=\"note\">none</span>",
            "paragraphs" => string.Create(CultureInfo.InvariantCulture, $"{article.Paragraphs.Count} paragraphs, {article.Paragraphs.Sum(p => p.Text.Length):N0} characters")
                + (article.Paragraphs.Count > 0 ? "<br>" + E(Shorten(article.Paragraphs[0].Text, 120)) : ""),
            "sources" => List(article.Sources.Select(s => s.Name)),
            "authors" => List(article.Authors),
            "credits" => List(article.Credits.Select(c => $"{c.Role}: {c.Name}")),
            "images" => string.Create(CultureInfo.InvariantCulture, $"{article.Images.Count} images"),
            "related" => string.Create(CultureInfo.InvariantCulture, $"{article.Related.Count} links"),
            "isArticle" => article.IsArticle ? "yes" : "no",
            _ => "",
        };
    }

    private static void Legend(StringBuilder html, ExtractionTrace trace)
    {
        var counts = trace.Blocks.GroupBy(b => b.Role, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        html.Append("<nav id=\"legend\" aria-label=\"Roles\"><b>Roles</b>\n");
        foreach (var (role, label, _, _) in Roles)
        {
            var count = counts.GetValueOrDefault(role);
            html.Append(CultureInfo.InvariantCulture, $"<label><input type=\"checkbox\" data-role=\"{role}\" checked><span class=\"sw r-{role}\"></span>{label} ({count})</label>\n");
        }

        foreach (var (role, count) in counts.Where(c => !Roles.Any(r => r.Role == c.Key)))
        {
            html.Append(CultureInfo.InvariantCulture, $"<label><input type=\"checkbox\" data-role=\"{E(role)}\" checked>{E(role)} ({count})</label>\n");
        }

        html.Append("<label><input type=\"checkbox\" id=\"only-content\">only the article</label>")
            .Append(CultureInfo.InvariantCulture, $"<span>shown: <span id=\"shown\">{trace.Blocks.Count}</span></span></nav>\n");
    }

    private static void Blocks(StringBuilder html, ExtractionTrace trace)
    {
        html.Append("<section id=\"blocks\" class=\"panel\"><h2>Blocks, in page order</h2>\n");
        if (trace.Blocks.Count == 0)
        {
            html.Append("<p class=\"note\">No blocks: nothing on the page reads as text.</p>");
        }

        html.Append("<ol>\n");
        foreach (var block in trace.Blocks)
        {
            if (block.Index == trace.ContentFirst)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"mark\" id=\"content-start\">▼ the article begins (block {block.Index})</li>\n");
            }

            var role = E(block.Role);
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"blk r-{role}{(block.InContent ? " in" : " out")}\" id=\"b{block.Index}\" data-role=\"{role}\"><div class=\"meta\"><b>#{block.Index} {role}</b>")
                .Append(CultureInfo.InvariantCulture, $"<span>weight {block.Weight:0.0}</span>")
                .Append("<span>rule ").Append(block.Rule is { } rule ? "<code>" + E(rule) + "</code>" : "—").Append("</span>")
                .Append(block.InContent ? "<span>in the article</span>" : "");
            if (block.CssPath is { } path)
            {
                html.Append("<code class=\"path\">").Append(E(path)).Append("</code>");
            }

            html.Append("</div><div class=\"text\">").Append(E(block.Text)).Append("</div></li>\n");
            if (block.Index == trace.ContentLast)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"mark end\" id=\"content-end\">▲ the article ends (block {block.Index})</li>\n");
            }
        }

        html.Append("</ol></section>\n");
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    /// <summary>Text or an attribute value (in double quotes) made safe: &amp;, &lt;, &gt;, &quot; and &#39; escaped.</summary>
    /// <remarks>Other characters are written as they are (the file is UTF-8): Vietnamese stays readable in the source.</remarks>
    public static string E(string text)
    {
        if (text.AsSpan().IndexOfAny(Escaped) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            var replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (replacement is null)
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append(replacement);
            }
        }

        return escaped.ToString();
    }
}

using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsExtract.Pipeline;

/// <summary>
/// Makes an article safe to display, whatever the page put in it: C0 and C1 control characters (but tab and newline),
/// DEL, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed from every
/// text the article carries — title, paragraphs, dateline text and place, sources, authors, credits, captions, related
/// titles, summaries and dates, site name, diagnostics — and percent-encoded in its URLs. Decoding already drops C0
/// controls from the page's bytes, but character references (<c>&amp;#27;</c>, <c>&amp;#x202E;</c>) and C1 or bidi
/// characters come through the parser, and an ESC reaching a terminal starts an escape sequence while an override
/// reverses what follows it. A paragraph left empty, or the same as an earlier one, is dropped.
/// </summary>
internal static class OutputText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c))
        + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>True when <paramref name="c"/> is one of the characters removed from output text.</summary>
    public static bool IsUnsafe(char c) => Unsafe.Contains(c);

    /// <summary>The article with every text and URL made safe; the same instance when nothing needed it (the usual case).</summary>
    public static Article Clean(Article article)
    {
        if (IsSafe(article))
        {
            return article;
        }

        return article with
        {
            Title = Text(article.Title).Trim(),
            Dateline = article.Dateline with { Text = TextOrNull(article.Dateline.Text), Place = TextOrNull(article.Dateline.Place) },
            Paragraphs = [.. article.Paragraphs.Select(p => p with { Text = Text(p.Text).Trim() }).Where(p => p.Text.Length > 0).DistinctBy(p => p.Text, StringComparer.Ordinal)],
            Sources = [.. article.Sources.Select(s => new SourceAttribution(Text(s.Name), Text(s.Text)))],
            Authors = [.. article.Authors.Select(Text)],
            Credits = [.. article.Credits.Select(c => new Credit(Text(c.Role), Text(c.Name)))],
            Images = [.. article.Images.Select(i => new ArticleImage(Url(i.Url), TextOrNull(i.Caption)))],
            Related = [.. article.Related.Select(r => new RelatedLink(Text(r.Title), r.Url is null ? null : Url(r.Url)) { Summary = TextOrNull(r.Summary), DateText = TextOrNull(r.DateText), Published = r.Published })],
            SiteName = TextOrNull(article.SiteName),
            CanonicalUrl = article.CanonicalUrl is { } canonical && HasUnsafe(canonical.ToString()) ? new Uri(Url(canonical.AbsoluteUri)) : article.CanonicalUrl,
            Diagnostics = article.Diagnostics with
            {
                Notes = [.. article.Diagnostics.Notes.Select(n => new DiagnosticNote(n.Code, Text(n.Message)))],
                Blocks = [.. article.Diagnostics.Blocks.Select(b => b with { Text = Text(b.Text), Hints = Text(b.Hints) })],
            },
        };
    }

    /// <summary>The text without the unsafe characters; the same instance when it has none.</summary>
    public static string Text(string text)
    {
        var at = text.AsSpan().IndexOfAny(Unsafe);
        if (at < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text.AsSpan(0, at));
        foreach (var c in text.AsSpan(at))
        {
            if (!Unsafe.Contains(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string? TextOrNull(string? text) => text is null ? null : Text(text);

    /// <summary>A URL with its unsafe characters percent-encoded (as UTF-8), so the address stays what it was, only shown safely.</summary>
    private static string Url(string url)
    {
        if (!HasUnsafe(url))
        {
            return url;
        }

        var builder = new StringBuilder(url.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var c in url)
        {
            if (!Unsafe.Contains(c))
            {
                builder.Append(c);
                continue;
            }

            var n = Encoding.UTF8.GetBytes([c], utf8);
            foreach (var b in utf8[..n])
            {
                builder.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
            }
        }

        return builder.ToString();
    }

    private static bool HasUnsafe(string? text) => text is not null && text.AsSpan().ContainsAny(Unsafe);

    private static bool IsSafe(Article article)
    {
        if (HasUnsafe(article.Title) || HasUnsafe(article.Dateline.Text) || HasUnsafe(article.Dateline.Place) || HasUnsafe(article.SiteName)
            || HasUnsafe(article.CanonicalUrl?.ToString()))
        {
            return false;
        }

        foreach (var p in article.Paragraphs)
        {
            if (HasUnsafe(p.Text))
            {
                return false;
            }
        }

        return !article.Sources.Any(s => HasUnsafe(s.Name) || HasUnsafe(s.Text))
            && !article.Authors.Any(HasUnsafe)
            && !article.Credits.Any(c => HasUnsafe(c.Role) || HasUnsafe(c.Name))
            && !article.Images.Any(i => HasUnsafe(i.Url) || HasUnsafe(i.Caption))
            && !article.Related.Any(r => HasUnsafe(r.Title) || HasUnsafe(r.Url) || HasUnsafe(r.Summary) || HasUnsafe(r.DateText))
            && !article.Diagnostics.Notes.Any(n => HasUnsafe(n.Message))
            && !article.Diagnostics.Blocks.Any(b => HasUnsafe(b.Text) || HasUnsafe(b.Hints));
    }
}

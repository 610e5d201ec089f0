// NewsExtract.PeerRunner smartreader FILE...
// Runs a peer extractor over saved pages and prints one JSON object per file (the score.py contract).
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

if (args.Length < 1 || args[0] != "smartreader")
{
    Console.Error.WriteLine("usage: NewsExtract.PeerRunner smartreader FILE...");
    return 2;
}

var json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
var failed = false;
foreach (var file in args.Skip(1))
{
    object result;
    try
    {
        result = PeerRunner.RunSmartReader(file);
    }
#pragma warning disable CA1031 // one bad page must not stop the run; the error is reported in its JSON line
    catch (Exception e)
#pragma warning restore CA1031
    {
        failed = true;
        result = new { file, error = $"{e.GetType().Name}: {e.Message}" };
    }
    stdout.WriteLine(JsonSerializer.Serialize(result, json));
}
return failed ? 1 : 0;

internal static partial class PeerRunner
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "article", "header",
        "footer", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "pre", "figure", "figcaption", "br",
    };

    public static object RunSmartReader(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var url = FindPageUrl(bytes) ?? "https://example.invalid/" + Uri.EscapeDataString(Path.GetFileName(file));
        using var stream = new MemoryStream(bytes, writable: false);
        var article = new SmartReader.Reader(url, stream).GetArticle();
        var paragraphs = string.IsNullOrWhiteSpace(article.Content)
            ? SplitLines(article.TextContent)
            : BlockTexts(article.Content, lineBreaks: file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
        return new
        {
            file,
            isArticle = article.IsReadable,
            title = article.Title,
            dateline = new { published = article.PublicationDate?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture) },
            paragraphs,
            sources = Array.Empty<object>(),
            authors = SplitAuthors(article.Author),
            credits = Array.Empty<object>(),
        };
    }

    /// <summary>The page's own URL from link rel=canonical or og:url, read from the raw bytes (URLs are ASCII).</summary>
    private static string? FindPageUrl(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 64 * 1024));
        var m = CanonicalUrl().Match(head);
        if (!m.Success)
        {
            m = OgUrl().Match(head);
        }

        return m.Success && Uri.TryCreate(m.Groups["u"].Value, UriKind.Absolute, out var u)
            && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : null;
    }

    /// <summary>Texts of the block elements of SmartReader's Content HTML; text directly inside a div
    /// (between its child blocks) and text separated by br become paragraphs of their own. For plain-text
    /// input SmartReader passes the text through inside one div, so there a newline also ends a paragraph
    /// (its only block structure; one blob would trivially "contain" the first and last paragraphs).</summary>
    private static List<string> BlockTexts(string html, bool lineBreaks)
    {
        var doc = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        var output = new List<string>();
        var current = new StringBuilder();
        Walk(doc.Body!, current, output, lineBreaks);
        Flush(current, output);
        return output;
    }

    private static void Walk(INode node, StringBuilder current, List<string> output, bool lineBreaks)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                var lines = lineBreaks ? text.Data.Split('\n') : [text.Data];
                for (var i = 0; i < lines.Length; i++)
                {
                    if (i > 0)
                    {
                        Flush(current, output);
                    }

                    current.Append(lines[i]);
                }
            }
            else if (child is IElement element && element.LocalName is not ("script" or "style"))
            {
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    Flush(current, output);
                }

                Walk(element, current, output, lineBreaks);
                if (block)
                {
                    Flush(current, output);
                }
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> output)
    {
        var text = Whitespace().Replace(current.ToString(), " ").Trim();
        if (text.Length > 0)
        {
            output.Add(text);
        }

        current.Clear();
    }

    private static List<string> SplitLines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static List<string> SplitAuthors(string? author) =>
        string.IsNullOrWhiteSpace(author) ? [] : AuthorSeparators().Split(author).Select(a => a.Trim()).Where(a => a.Length > 0).ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*(?:[,;，；、|/]|\band\b|\bvà\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorSeparators();

    [GeneratedRegex(@"<link\b[^>]*\brel\s*=\s*[""']?canonical[""']?[^>]*\bhref\s*=\s*[""']?(?<u>[^""'\s>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CanonicalUrl();

    [GeneratedRegex(@"<meta\b[^>]*\bproperty\s*=\s*[""']?og:url[""']?[^>]*\bcontent\s*=\s*[""']?(?<u>[^""'\s>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex OgUrl();
}

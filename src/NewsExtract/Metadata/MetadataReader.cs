using System.Text.Json;
using System.Text.RegularExpressions;
using NewsExtract.Html;

namespace NewsExtract.Metadata;

/// <summary>Reads <see cref="PageMetadata"/> from a parsed document in one pass over its elements (title, meta, link and JSON-LD).</summary>
internal static partial class MetadataReader
{
    // Meta names and properties that carry a later date (modified, updated): evidence of the year, never the publication date.
    private static readonly string[] OtherDateKeys =
    [
        "datemodified", "dateupdate", "dateupdated", "article:updated_time", "og:updated_time", "updated_time", "lastmod", "last-modified",
    ];

    /// <summary>How much of one inline script is searched for a publication date in a configuration object.</summary>
    private const int ScriptScanLength = 200_000;

    /// <summary>Rank of a date from an inline script: after every meta tag and JSON-LD.</summary>
    private const int ScriptRank = 1_000;

    // Meta names and properties that carry a publication time, strongest first.
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "publishdate", "publish_date",
        "publish-date", "pubdate", "publication_date", "ptime", "publishtime", "publish_time", "og:release_date", "article:published",
        "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "date", "weibo:article:create_at", "article:modified_time",
    ];

    public static PageMetadata Read(HtmlDocument document)
    {
        string? ogTitle = null, siteName = null, ogUrl = null, ogType = null, canonical = null, description = null, language = null;
        string? metaAuthor = null;
        var published = new SortedList<int, string>();
        var otherDates = new List<string>();
        var scriptDates = 0;
        var jsonLd = new JsonLdFacts();

        HtmlElement? title = null;
        language = document.DocumentElement.GetAttribute("lang");
        foreach (var element in document.DocumentElement.SelfAndDescendantElements())
        {
            switch (element.Name)
            {
                case "title" when !element.IsForeign:
                    title ??= element;
                    break;
                case "meta":
                {
                    var key = (element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv"))?.Trim().ToLowerInvariant();
                    var content = element.GetAttribute("content")?.Trim();
                    if (key is null || string.IsNullOrEmpty(content))
                    {
                        continue;
                    }

                    switch (key)
                    {
                        case "og:title": ogTitle ??= content; break;
                        case "og:site_name": siteName ??= content; break;
                        case "og:url": ogUrl ??= content; break;
                        case "og:type": ogType ??= content; break;
                        case "description" or "og:description": description ??= content; break;
                        case "author" or "article:author": metaAuthor ??= content; break;
                        case "content-language" or "language": language ??= content; break;
                        default:
                            var rank = Array.IndexOf(PublishedKeys, key);
                            if (rank >= 0)
                            {
                                published.TryAdd(rank + 10, content);
                            }
                            else if (Array.IndexOf(OtherDateKeys, key) >= 0)
                            {
                                otherDates.Add(content);
                            }

                            break;
                    }

                    break;
                }

                case "link":
                    if (element.GetAttribute("rel")?.Contains("canonical", StringComparison.OrdinalIgnoreCase) == true)
                    {
                        canonical ??= element.GetAttribute("href")?.Trim();
                    }

                    break;
                case "script":
                    if (element.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true)
                    {
                        jsonLd.Read(element.TextContent);
                    }
                    else if (scriptDates < 4 && ScriptDate(element.TextContent) is { } scripted)
                    {
                        // A configuration object of the page's own scripts (pubtime: '2019-09-23 07:48'): the first
                        // publication key of each script, after every meta tag.
                        published.TryAdd(ScriptRank + scriptDates++, scripted);
                    }

                    break;
            }
        }

        if (jsonLd.DatePublished is { } ldDate)
        {
            published.TryAdd(0, ldDate);
        }

        if (jsonLd.DateModified is { } ldModified)
        {
            otherDates.Insert(0, ldModified);
        }

        var authors = jsonLd.Authors.Count > 0 ? jsonLd.Authors : metaAuthor is null ? [] : new List<string> { metaAuthor };
        return new PageMetadata
        {
            DocumentTitle = title is null ? null : HtmlDocument.TitleText(title) is { Length: > 0 } t ? t : null,
            Headline = ogTitle ?? jsonLd.Headline,
            SiteName = siteName ?? jsonLd.Publisher,
            CanonicalUrl = canonical,
            OpenGraphUrl = ogUrl,
            OpenGraphType = ogType,
            SchemaTypes = jsonLd.Types,
            PublishedValues = [.. published.Values],
            OtherDateValues = otherDates,
            Authors = authors,
            LanguageTag = string.IsNullOrWhiteSpace(language) ? null : language.Trim(),
            Description = description,
        };
    }

    /// <summary>
    /// The publication date of a script's configuration object (<c>var pubtime = '2019-09-23 07:48'</c>,
    /// <c>"publish_time":"2020-10-04 20:30:00"</c>): a date with its year, under a publication key, quoted.
    /// </summary>
    private static string? ScriptDate(string script)
    {
        var text = script.Length > ScriptScanLength ? script[..ScriptScanLength] : script;
        return ScriptPublished().Match(text) is { Success: true } match ? match.Groups["v"].Value : null;
    }

    [GeneratedRegex(@"(?<![\w$])[""']?(?:pub_?(?:lish)?_?(?:date|time)|ptime|date_?published|published_?(?:at|time|date))[""']?\s*[:=]\s*[""'](?<v>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)[""']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPublished();

    /// <summary>The facts NewsExtract reads from JSON-LD blocks; malformed JSON is ignored (pages often carry it).</summary>
    private sealed class JsonLdFacts
    {
        public string? Headline { get; private set; }
        public string? DatePublished { get; private set; }
        public string? DateModified { get; private set; }
        public string? Publisher { get; private set; }
        public List<string> Authors { get; } = [];
        public List<string> Types { get; } = [];

        public void Read(string json)
        {
            if (string.IsNullOrWhiteSpace(json) || json.Length > 1_000_000)
            {
                return;
            }

            try
            {
                using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                Visit(doc.RootElement, 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's visible text still speaks.
            }
        }

        private void Visit(JsonElement node, int depth)
        {
            if (depth > 8)
            {
                return;
            }

            if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray())
                {
                    Visit(item, depth + 1);
                }

                return;
            }

            if (node.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (node.TryGetProperty("@type", out var type))
            {
                if (type.ValueKind == JsonValueKind.String && type.GetString() is { } t)
                {
                    Types.Add(t);
                }
                else if (type.ValueKind == JsonValueKind.Array)
                {
                    Types.AddRange(type.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!));
                }
            }

            Headline ??= StringOf(node, "headline");
            DatePublished ??= StringOf(node, "datePublished") ?? StringOf(node, "dateCreated");
            DateModified ??= StringOf(node, "dateModified");
            if (node.TryGetProperty("publisher", out var publisher))
            {
                Publisher ??= publisher.ValueKind == JsonValueKind.Object ? StringOf(publisher, "name") : null;
            }

            if (Authors.Count == 0 && node.TryGetProperty("author", out var author))
            {
                foreach (var a in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToArray() : [author])
                {
                    var name = a.ValueKind == JsonValueKind.String ? a.GetString() : a.ValueKind == JsonValueKind.Object ? StringOf(a, "name") : null;
                    if (!string.IsNullOrWhiteSpace(name))
                    {
                        Authors.Add(name.Trim());
                    }
                }
            }

            if (node.TryGetProperty("@graph", out var graph))
            {
                Visit(graph, depth + 1);
            }
        }

        private static string? StringOf(JsonElement node, string property) =>
            node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s.Trim() : null;
    }
}

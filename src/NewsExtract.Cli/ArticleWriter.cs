using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsExtract.Cli;

/// <summary>Writes articles as JSON, JSON Lines, text or Markdown.</summary>
internal sealed class ArticleWriter(TextWriter output, OutputFormat format, bool many)
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private int _written;

    /// <summary>
    /// One page's record without the separators between records: pure and thread-safe, so the pages of a batch are
    /// rendered on the threads that extract them and only written in order. Null when the format shows nothing for a
    /// page that failed.
    /// </summary>
    public string? Render(string file, Article? article, string? problem)
    {
        switch (format)
        {
            case OutputFormat.Jsonl:
                return ToJson(file, article, problem, indented: false);
            case OutputFormat.Json:
                return ToJson(file, article, problem, indented: true);
            case OutputFormat.Text when article is not null:
                using (var text = new StringWriter(CultureInfo.InvariantCulture))
                {
                    text.WriteLine(article.Title);
                    text.WriteLine();
                    text.WriteLine(article.Text);
                    return SafeText.ForDisplay(text.ToString());
                }

            case OutputFormat.Markdown when article is not null:
                using (var markdown = new StringWriter(CultureInfo.InvariantCulture))
                {
                    WriteMarkdown(markdown, article);
                    return SafeText.ForDisplay(markdown.ToString());
                }

            default:
                return null;
        }
    }

    /// <summary>Writes the next record (from <see cref="Render"/>) with the separator the format puts before it.</summary>
    public void Write(string? record)
    {
        switch (format)
        {
            case OutputFormat.Jsonl:
                output.WriteLine(record);
                break;
            case OutputFormat.Json:
                output.Write(_written == 0 ? (many ? "[\n" : "") : ",\n");
                output.Write(record);
                break;
            case OutputFormat.Text when record is not null:
                if (_written > 0)
                {
                    output.WriteLine();
                }

                output.Write(record);
                break;
            case OutputFormat.Markdown when record is not null:
                if (_written > 0)
                {
                    output.WriteLine("\n---\n");
                }

                output.Write(record);
                break;
        }

        _written++;
    }

    public void Finish()
    {
        if (format == OutputFormat.Json && _written > 0)
        {
            output.WriteLine(many ? "\n]" : "");
        }
    }

    private static void WriteMarkdown(TextWriter output, Article article)
    {
        output.WriteLine($"# {article.Title}");
        output.WriteLine();
        var meta = new List<string>();
        if (ArticleJson.FormatPublished(article.Dateline) is { } published)
        {
            meta.Add(published);
        }

        meta.AddRange(article.Sources.Select(s => s.Name));
        meta.AddRange(article.Authors);
        if (meta.Count > 0)
        {
            output.WriteLine($"*{string.Join(" · ", meta)}*");
            output.WriteLine();
        }

        foreach (var paragraph in article.Paragraphs)
        {
            output.WriteLine(paragraph.Kind switch
            {
                ParagraphKind.Heading => $"## {paragraph.Text}",
                ParagraphKind.Quote => $"> {paragraph.Text}",
                ParagraphKind.Lead => $"**{paragraph.Text}**",
                _ => paragraph.Text,
            });
            output.WriteLine();
        }

        if (article.Credits.Count > 0)
        {
            output.WriteLine(string.Join(" · ", article.Credits.Select(c => $"{c.Role}: {c.Name}")));
        }
    }

    private static string ToJson(string file, Article? article, string? problem, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder, Indented = indented }))
        {
            if (article is null)
            {
                json.WriteStartObject();
                json.WriteString("file", file);
                json.WriteString("error", problem ?? "unknown error");
                json.WriteEndObject();
            }
            else
            {
                ArticleJson.Write(json, article, file);
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

/// <summary>The JSON shape of an article (camelCase), the contract <c>score.py</c> and users read.</summary>
internal static class ArticleJson
{
    public static void Write(Utf8JsonWriter json, Article article, string? file)
    {
        json.WriteStartObject();
        if (file is not null)
        {
            json.WriteString("file", file);
        }

        WriteFields(json, article);
        json.WriteEndObject();
    }

    /// <summary>The article's properties, into an object the caller opened (and closes).</summary>
    public static void WriteFields(Utf8JsonWriter json, Article article)
    {
        json.WriteBoolean("isArticle", article.IsArticle);
        json.WriteString("language", article.Language.ToLanguageTag());
        json.WriteString("title", article.Title);
        json.WriteStartObject("dateline");
        WriteNullable(json, "published", FormatPublished(article.Dateline));
        json.WriteString("precision", article.Dateline.Precision.ToString().ToLowerInvariant());
        WriteNullable(json, "text", article.Dateline.Text);
        WriteNullable(json, "place", article.Dateline.Place);
        if (article.Dateline.Published is null && article.Dateline.Month is { } month && article.Dateline.Day is { } day)
        {
            json.WriteNumber("month", month);
            json.WriteNumber("day", day);
        }

        json.WriteEndObject();
        json.WriteStartArray("paragraphs");
        foreach (var paragraph in article.Paragraphs)
        {
            json.WriteStringValue(paragraph.Text);
        }

        json.WriteEndArray();
        json.WriteStartArray("paragraphKinds");
        foreach (var paragraph in article.Paragraphs)
        {
            json.WriteStringValue(paragraph.Kind.ToString().ToLowerInvariant());
        }

        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var source in article.Sources)
        {
            json.WriteStartObject();
            json.WriteString("name", source.Name);
            json.WriteString("text", source.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("authors");
        foreach (var author in article.Authors)
        {
            json.WriteStringValue(author);
        }

        json.WriteEndArray();
        json.WriteStartArray("credits");
        foreach (var credit in article.Credits)
        {
            json.WriteStartObject();
            json.WriteString("role", credit.Role);
            json.WriteString("name", credit.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("images");
        foreach (var image in article.Images)
        {
            json.WriteStartObject();
            json.WriteString("url", image.Url);
            WriteNullable(json, "caption", image.Caption);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("related");
        foreach (var link in article.Related)
        {
            json.WriteStartObject();
            json.WriteString("title", link.Title);
            WriteNullable(json, "url", link.Url);
            WriteNullable(json, "summary", link.Summary);
            WriteNullable(json, "date", link.Published is { } p ? p.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : link.DateText);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteNullable(json, "siteName", article.SiteName);
        WriteNullable(json, "canonicalUrl", article.CanonicalUrl?.ToString());
        json.WriteStartObject("diagnostics");
        json.WriteString("input", article.Diagnostics.Input.ToString().ToLowerInvariant());
        WriteNullable(json, "encoding", article.Diagnostics.Encoding);
        json.WriteString("encodingEvidence", article.Diagnostics.EncodingEvidence.ToString());
        json.WriteNumber("replacementCharacters", article.Diagnostics.ReplacementCharacters);
        json.WriteBoolean("truncated", article.Diagnostics.Truncated);
        json.WriteStartArray("notes");
        foreach (var note in article.Diagnostics.Notes)
        {
            json.WriteStringValue($"{note.Code}: {note.Message}");
        }

        json.WriteEndArray();
        if (article.Diagnostics.Blocks.Count > 0)
        {
            json.WriteStartArray("blocks");
            foreach (var block in article.Diagnostics.Blocks)
            {
                json.WriteStringValue($"#{block.Index} {block.Role}{(block.Rule is null ? "" : ":" + block.Rule)} {block.Weight.ToString(CultureInfo.InvariantCulture)} [{block.Hints.Trim()}] {block.Text}");
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>ISO 8601 with offset; <c>yyyy-MM-dd</c> when only the day is known; null when no full date is known.</summary>
    public static string? FormatPublished(Dateline dateline) => dateline.Published is not { } published ? null : dateline.Precision switch
    {
        DatePrecision.Day => published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Minute => published.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture),
        _ => published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
    };

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}

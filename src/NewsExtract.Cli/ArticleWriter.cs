using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsExtract.Serialization;

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
        if (article.Dateline.ToIsoString() is { } published)
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
                json.WriteStartObject();
                json.WriteString("file", file);
                ArticleJson.WriteProperties(json, article);
                json.WriteEndObject();
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

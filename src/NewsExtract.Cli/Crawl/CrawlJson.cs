using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsExtract.Crawl;
using NewsExtract.Serialization;

namespace NewsExtract.Cli.Crawl;

/// <summary>
/// One crawl record as a JSON Lines line: <c>file</c>, <c>record</c>, <c>url</c>, <c>warcDate</c>, then the article's
/// fields (the page command's JSON) or <c>error</c>.
/// </summary>
internal static class CrawlJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The line's UTF-8 bytes, newline included.</summary>
    public static byte[] Render(CrawlRecordResult result)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("file", result.File);
            WriteNullable(json, "record", result.RecordId);
            WriteNullable(json, "url", result.Url);
            WriteNullable(json, "warcDate", FormatDate(result.WarcDate));
            if (result.Article is { } article)
            {
                ArticleJson.WriteProperties(json, article);
            }
            else
            {
                json.WriteString("error", result.Error ?? "unknown error");
            }

            json.WriteEndObject();
        }

        var bytes = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    /// <summary>WARC-Date as WARC writes it: UTC, to the second (or finer when the record was finer).</summary>
    public static string? FormatDate(DateTimeOffset? date) => date is not { } d ? null
        : d.UtcDateTime.ToString(d.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

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

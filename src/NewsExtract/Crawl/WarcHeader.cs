using System.Globalization;
using System.Text;

namespace NewsExtract.Crawl;

/// <summary>The named fields of a WARC record header this reader uses (an ARC header line fills the same).</summary>
internal sealed record WarcHeader
{
    public string? Type { get; init; }
    public string? RecordId { get; init; }
    public string? TargetUri { get; init; }
    public DateTimeOffset? Date { get; init; }
    public long? ContentLength { get; init; }
    public string? ContentType { get; init; }

    /// <summary>Parses a header block: the version line, then <c>Name: value</c> lines (continuation lines folded in).</summary>
    public static WarcHeader Parse(ReadOnlySpan<byte> block)
    {
        var text = Encoding.UTF8.GetString(block);
        string? type = null, id = null, uri = null, date = null, length = null, contentType = null;
        string? last = null;
        var first = true;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (first)
            {
                first = false;
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] is ' ' or '\t')
            {
                // A folded continuation of the previous field: only the URI could need it.
                if (last == "uri")
                {
                    uri += " " + line.Trim();
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            last = null;
            switch (name.ToLowerInvariant())
            {
                case "warc-type":
                    type ??= value;
                    break;
                case "warc-record-id":
                    id ??= value;
                    break;
                case "warc-target-uri":
                    uri ??= value;
                    last = "uri";
                    break;
                case "warc-date":
                    date ??= value;
                    break;
                case "content-length":
                    length ??= value;
                    break;
                case "content-type":
                    contentType ??= value;
                    break;
            }
        }

        return new WarcHeader
        {
            Type = type,
            RecordId = id,
            TargetUri = CrawlReader.CleanUri(uri),
            Date = CrawlReader.ParseDate(date),
            ContentLength = long.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
            ContentType = contentType,
        };
    }
}

/// <summary>An ARC (v1) record header line: <c>URL IP-address Archive-date Content-type Archive-length</c>.</summary>
internal sealed record ArcHeader(string Url, DateTimeOffset? Date, string? MediaType, long? Length)
{
    /// <summary>
    /// Reads the fields from the right, so that a URL with spaces in it (which some ARC writers left unescaped) stays
    /// whole. Null when the line has too few fields to be a header.
    /// </summary>
    public static ArcHeader? Parse(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5 || !fields[0].Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var length = long.TryParse(fields[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
        var mediaType = HttpPayload.ParseContentType(fields[^2]).MediaType;
        var dateText = fields[^3];
        var date = dateText.Length >= 14 ? CrawlReader.ParseDate(dateText[..14]) : null;
        var url = string.Join(' ', fields[..^4]);
        return new ArcHeader(url, date, mediaType is "no-type" or "unk" ? null : mediaType, length);
    }
}

using System.Globalization;
using System.Text.Json.Serialization;
using NewsExtract.Crawl;
using Parquet;
using Parquet.Serialization;

namespace NewsExtract.Cli.Crawl;

/// <summary>
/// One row of the Parquet output: the JSON Lines record's fields as columns (the same names), nested lists for the
/// article's lists. The README documents this schema; change both together.
/// </summary>
internal sealed class CrawlParquetRow
{
    [JsonPropertyName("file")] public string File { get; set; } = "";
    [JsonPropertyName("record")] public string? Record { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("warcDate")] public string? WarcDate { get; set; }
    [JsonPropertyName("error")] public string? Error { get; set; }
    [JsonPropertyName("isArticle")] public bool? IsArticle { get; set; }
    [JsonPropertyName("language")] public string? Language { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("published")] public string? Published { get; set; }
    [JsonPropertyName("datePrecision")] public string? DatePrecision { get; set; }
    [JsonPropertyName("dateText")] public string? DateText { get; set; }
    [JsonPropertyName("datePlace")] public string? DatePlace { get; set; }
    [JsonPropertyName("paragraphs")] public List<string>? Paragraphs { get; set; }
    [JsonPropertyName("paragraphKinds")] public List<string>? ParagraphKinds { get; set; }
    [JsonPropertyName("sources")] public List<CrawlParquetSource>? Sources { get; set; }
    [JsonPropertyName("authors")] public List<string>? Authors { get; set; }
    [JsonPropertyName("credits")] public List<CrawlParquetCredit>? Credits { get; set; }
    [JsonPropertyName("images")] public List<CrawlParquetImage>? Images { get; set; }
    [JsonPropertyName("related")] public List<CrawlParquetRelated>? Related { get; set; }
    [JsonPropertyName("siteName")] public string? SiteName { get; set; }
    [JsonPropertyName("canonicalUrl")] public string? CanonicalUrl { get; set; }
    [JsonPropertyName("encoding")] public string? Encoding { get; set; }
    [JsonPropertyName("truncated")] public bool? Truncated { get; set; }

    public static CrawlParquetRow From(CrawlRecordResult result)
    {
        var row = new CrawlParquetRow
        {
            File = result.File ?? "",
            Record = result.RecordId,
            Url = result.Url,
            WarcDate = CrawlJson.FormatDate(result.WarcDate),
        };
        if (result.Article is not { } article)
        {
            row.Error = result.Error ?? "unknown error";
            return row;
        }

        row.IsArticle = article.IsArticle;
        row.Language = article.Language.ToLanguageTag();
        row.Title = article.Title;
        row.Published = article.Dateline.ToIsoString();
        row.DatePrecision = JsonNames.Of(article.Dateline.Precision);
        row.DateText = article.Dateline.Text;
        row.DatePlace = article.Dateline.Place;
        row.Paragraphs = [.. article.Paragraphs.Select(p => p.Text)];
        row.ParagraphKinds = [.. article.Paragraphs.Select(p => JsonNames.Of(p.Kind))];
        row.Sources = [.. article.Sources.Select(s => new CrawlParquetSource { Name = s.Name, Text = s.Text })];
        row.Authors = [.. article.Authors];
        row.Credits = [.. article.Credits.Select(c => new CrawlParquetCredit { Role = c.Role, Name = c.Name })];
        row.Images = [.. article.Images.Select(i => new CrawlParquetImage { Url = i.Url, Caption = i.Caption })];
        row.Related = [.. article.Related.Select(r => new CrawlParquetRelated
        {
            Title = r.Title,
            Url = r.Url,
            Summary = r.Summary,
            DateText = r.DateText,
            Published = r.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        })];
        row.SiteName = article.SiteName;
        row.CanonicalUrl = article.CanonicalUrl?.ToString();
        row.Encoding = article.Diagnostics.Encoding;
        row.Truncated = article.Diagnostics.Truncated;
        return row;
    }
}

internal sealed class CrawlParquetSource
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
}

internal sealed class CrawlParquetCredit
{
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
}

internal sealed class CrawlParquetImage
{
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("caption")] public string? Caption { get; set; }
}

internal sealed class CrawlParquetRelated
{
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("dateText")] public string? DateText { get; set; }
    [JsonPropertyName("published")] public string? Published { get; set; }
}

/// <summary>Writes rows to a Parquet file in row groups of <c>rowGroupSize</c> rows, appending each to what it wrote.</summary>
internal sealed class CrawlParquetWriter(Stream output, int rowGroupSize = CrawlParquetWriter.RowGroupSize)
{
    public const int RowGroupSize = 2000;

    private readonly List<CrawlParquetRow> _rows = [];
    private bool _started;

    public void Add(CrawlParquetRow row)
    {
        _rows.Add(row);
        if (_rows.Count == rowGroupSize)
        {
            Flush();
        }
    }

    /// <summary>Writes the rows held (an empty file still gets the schema).</summary>
    public void Complete()
    {
        if (_rows.Count > 0 || !_started)
        {
            Flush();
        }
    }

    private void Flush()
    {
        var options = new ParquetOptions { Append = _started, CompressionMethod = CompressionMethod.Snappy };
        ParquetSerializer.SerializeAsync(_rows, output, options).GetAwaiter().GetResult();
        _started = true;
        _rows.Clear();
    }
}

using System.Text.Json;
using NewsExtract.Serialization;

namespace NewsExtract.Cli.Crawl;

/// <summary>The JSON contract's names of enumeration values (<c>monthDay</c>, <c>lead</c>), for the Parquet columns.</summary>
internal static class JsonNames
{
    private static readonly Dictionary<DatePrecision, string> Precisions = Enum.GetValues<DatePrecision>()
        .ToDictionary(v => v, v => JsonSerializer.Deserialize(JsonSerializer.Serialize(v, NewsExtractJsonContext.Default.DatePrecision), NewsExtractJsonContext.Default.String)!);

    private static readonly Dictionary<ParagraphKind, string> Kinds = Enum.GetValues<ParagraphKind>()
        .ToDictionary(v => v, v => JsonSerializer.Deserialize(JsonSerializer.Serialize(v, NewsExtractJsonContext.Default.ParagraphKind), NewsExtractJsonContext.Default.String)!);

    public static string Of(DatePrecision precision) => Precisions[precision];

    public static string Of(ParagraphKind kind) => Kinds[kind];
}

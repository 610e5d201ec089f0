using System.Text.Json.Serialization;

namespace NewsExtract.Serialization;

/// <summary>
/// Source-generated JSON metadata for NewsExtract's model: what trimmed and NativeAOT applications pass to
/// <see cref="System.Text.Json.JsonSerializer"/> (reflection-based serialisation is off there).
/// </summary>
/// <remarks>
/// The shape of an <see cref="NewsExtract.Article"/> is fixed by the contract (<see cref="ArticleJson"/>, schema version
/// <see cref="ArticleJson.SchemaVersion"/>), whatever options are used; options only choose indentation and escaping. For
/// unescaped Chinese and Vietnamese text, create a context with your own options:
/// <code>
/// var context = new NewsExtractJsonContext(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
/// string json = JsonSerializer.Serialize(article, context.Article);
/// Article back = JsonSerializer.Deserialize(json, NewsExtractJsonContext.Default.Article)!;
/// </code>
/// Your own context can include types that hold an <see cref="NewsExtract.Article"/>: the article's converter is declared
/// on the type, so it is used there too.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(IReadOnlyList<Article>))]
[JsonSerializable(typeof(Dateline))]
[JsonSerializable(typeof(DatePrecision))]
[JsonSerializable(typeof(ContentLanguage))]
[JsonSerializable(typeof(Paragraph))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<ParagraphKind>))]
[JsonSerializable(typeof(IReadOnlyList<SourceAttribution>))]
[JsonSerializable(typeof(IReadOnlyList<Credit>))]
[JsonSerializable(typeof(IReadOnlyList<ArticleImage>))]
[JsonSerializable(typeof(IReadOnlyList<RelatedLink>))]
[JsonSerializable(typeof(ExtractionDiagnostics))]
public sealed partial class NewsExtractJsonContext : JsonSerializerContext;

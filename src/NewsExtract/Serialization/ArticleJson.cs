using System.Text.Json;

namespace NewsExtract.Serialization;

/// <summary>
/// The JSON contract of an <see cref="Article"/>: what the <c>newsextract</c> command writes and
/// <c>docs/newsextract.schema.json</c> describes. Use <see cref="System.Text.Json.JsonSerializer"/> with
/// <see cref="NewsExtractJsonContext.Default"/> for whole articles; <see cref="WriteProperties"/> puts an article's
/// properties into an object of your own (a record of a crawl, a message with an envelope).
/// </summary>
/// <remarks>
/// An article is one object: <c>schemaVersion</c>, <c>isArticle</c>, <c>language</c> (BCP 47), <c>title</c>,
/// <c>dateline</c> (<c>published</c> in ISO 8601 as precise as the page, with its offset; <c>precision</c>, <c>text</c>,
/// <c>place</c>), <c>paragraphs</c> (their texts) and <c>paragraphKinds</c> (<c>lead</c>, <c>text</c>, <c>heading</c>,
/// <c>quote</c>, one per paragraph), <c>sources</c>, <c>authors</c>, <c>credits</c>, <c>images</c>, <c>related</c> (with
/// <c>dateText</c> as written and <c>published</c> parsed, each null where unknown), <c>siteName</c>,
/// <c>canonicalUrl</c> and <c>diagnostics</c>. Names are camelCase, enumerations are strings, absent values are null.
/// A reader accepts properties it does not know (it skips them) and refuses a newer <c>schemaVersion</c>.
/// </remarks>
public static class ArticleJson
{
    /// <summary>The version of the contract this library writes and the newest it reads: 1.</summary>
    /// <remarks>It changes when a property changes meaning or shape, or is removed; not when one is added.</remarks>
    public const int SchemaVersion = 1;

    /// <summary>
    /// Writes the article's properties (from <c>schemaVersion</c> to <c>diagnostics</c>) into the object
    /// <paramref name="writer"/> has open; the caller writes the object's start and end, and may add properties of its own
    /// before or after.
    /// </summary>
    /// <remarks>Strings are escaped as <paramref name="writer"/>'s <see cref="JsonWriterOptions.Encoder"/> says.</remarks>
    public static void WriteProperties(Utf8JsonWriter writer, Article article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        var context = NewsExtractJsonContext.Default;
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteBoolean("isArticle", article.IsArticle);
        writer.WriteString("language", article.Language.ToLanguageTag());
        writer.WriteString("title", article.Title);
        writer.WritePropertyName("dateline");
        JsonSerializer.Serialize(writer, article.Dateline, context.Dateline);
        writer.WriteStartArray("paragraphs");
        foreach (var paragraph in article.Paragraphs)
        {
            writer.WriteStringValue(paragraph.Text);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("paragraphKinds");
        foreach (var paragraph in article.Paragraphs)
        {
            writer.WriteStringValue(KindName(paragraph.Kind));
        }

        writer.WriteEndArray();
        writer.WritePropertyName("sources");
        JsonSerializer.Serialize(writer, article.Sources, context.IReadOnlyListSourceAttribution);
        writer.WriteStartArray("authors");
        foreach (var author in article.Authors)
        {
            writer.WriteStringValue(author);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("credits");
        JsonSerializer.Serialize(writer, article.Credits, context.IReadOnlyListCredit);
        writer.WritePropertyName("images");
        JsonSerializer.Serialize(writer, article.Images, context.IReadOnlyListArticleImage);
        writer.WritePropertyName("related");
        JsonSerializer.Serialize(writer, article.Related, context.IReadOnlyListRelatedLink);
        DatelineJsonConverter.WriteNullable(writer, "siteName", article.SiteName);
        DatelineJsonConverter.WriteNullable(writer, "canonicalUrl", article.CanonicalUrl?.ToString());
        writer.WritePropertyName("diagnostics");
        JsonSerializer.Serialize(writer, article.Diagnostics, context.ExtractionDiagnostics);
    }

    // The generated enum converter would do, but this is the hot path of a crawl's output: one string a paragraph.
    private static string KindName(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Lead => "lead",
        ParagraphKind.Heading => "heading",
        ParagraphKind.Quote => "quote",
        _ => "text",
    };

    /// <summary>Reads the article object the reader is on (see <see cref="ArticleJsonConverter"/>).</summary>
    internal static Article Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An article is a JSON object.");
        }

        var context = NewsExtractJsonContext.Default;
        var article = new Article();
        IReadOnlyList<string> texts = [];
        IReadOnlyList<ParagraphKind>? kinds = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "schemaVersion":
                    var version = reader.GetInt32();
                    if (version > SchemaVersion)
                    {
                        throw new JsonException($"The article was written with schema version {version}; this library reads up to {SchemaVersion}.");
                    }

                    break;
                case "isArticle":
                    article = article with { IsArticle = reader.GetBoolean() };
                    break;
                case "language":
                    article = article with { Language = ContentLanguageExtensions.FromLanguageTag(reader.GetString()) };
                    break;
                case "title":
                    article = article with { Title = reader.GetString() ?? "" };
                    break;
                case "dateline":
                    article = article with { Dateline = JsonSerializer.Deserialize(ref reader, context.Dateline) ?? Dateline.None };
                    break;
                case "paragraphs":
                    texts = JsonSerializer.Deserialize(ref reader, context.IReadOnlyListString) ?? [];
                    break;
                case "paragraphKinds":
                    kinds = JsonSerializer.Deserialize(ref reader, context.IReadOnlyListParagraphKind);
                    break;
                case "sources":
                    article = article with { Sources = JsonSerializer.Deserialize(ref reader, context.IReadOnlyListSourceAttribution) ?? [] };
                    break;
                case "authors":
                    article = article with { Authors = JsonSerializer.Deserialize(ref reader, context.IReadOnlyListString) ?? [] };
                    break;
                case "credits":
                    article = article with { Credits = JsonSerializer.Deserialize(ref reader, context.IReadOnlyListCredit) ?? [] };
                    break;
                case "images":
                    article = article with { Images = JsonSerializer.Deserialize(ref reader, context.IReadOnlyListArticleImage) ?? [] };
                    break;
                case "related":
                    article = article with { Related = JsonSerializer.Deserialize(ref reader, context.IReadOnlyListRelatedLink) ?? [] };
                    break;
                case "siteName":
                    article = article with { SiteName = reader.TokenType == JsonTokenType.Null ? null : reader.GetString() };
                    break;
                case "canonicalUrl":
                    article = article with { CanonicalUrl = reader.TokenType == JsonTokenType.Null ? null : ParseUrl(reader.GetString()) };
                    break;
                case "diagnostics":
                    article = article with { Diagnostics = JsonSerializer.Deserialize(ref reader, context.ExtractionDiagnostics) ?? ExtractionDiagnostics.Empty };
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (kinds is not null && kinds.Count != texts.Count)
        {
            throw new JsonException($"paragraphKinds has {kinds.Count} entries for {texts.Count} paragraphs.");
        }

        var paragraphs = new Paragraph[texts.Count];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = new Paragraph(texts[i], kinds?[i] ?? ParagraphKind.Text);
        }

        return article with { Paragraphs = paragraphs, Dateline = AtLanguageOffset(article.Dateline, article.Language) };
    }

    private static Uri ParseUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) ? url : throw new JsonException($"canonicalUrl '{value}' is not an absolute URL.");

    /// <summary>A date alone reads back as midnight at offset zero; in an article it belongs at the language's default offset.</summary>
    private static Dateline AtLanguageOffset(Dateline dateline, ContentLanguage language)
    {
        if (dateline is not { Precision: DatePrecision.Day, Published: { } published } || published.Offset != TimeSpan.Zero)
        {
            return dateline;
        }

        var offset = language == ContentLanguage.Vietnamese ? ExtractionOptions.Default.VietnameseOffset
            : language.IsChinese() ? ExtractionOptions.Default.ChineseOffset
            : TimeSpan.Zero;
        return dateline with { Published = new DateTimeOffset(published.DateTime, offset) };
    }
}

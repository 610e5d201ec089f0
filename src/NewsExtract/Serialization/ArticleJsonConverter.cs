using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsExtract.Serialization;

/// <summary>
/// Converts an <see cref="Article"/> to and from its JSON contract (<see cref="ArticleJson"/>). Declared on the type, so
/// any <see cref="JsonSerializer"/> call uses it — with reflection, with <see cref="NewsExtractJsonContext"/>, or with a
/// context of your own; it needs no reflection itself.
/// </summary>
public sealed class ArticleJsonConverter : JsonConverter<Article>
{
    /// <inheritdoc/>
    public override Article Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ArticleJson.Read(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Article value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        ArticleJson.WriteProperties(writer, value);
        writer.WriteEndObject();
    }
}

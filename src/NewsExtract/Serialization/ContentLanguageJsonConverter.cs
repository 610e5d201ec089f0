using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsExtract.Serialization;

/// <summary>Writes a <see cref="ContentLanguage"/> as its BCP 47 tag and reads it back (an unknown tag reads as <see cref="ContentLanguage.Unknown"/>).</summary>
public sealed class ContentLanguageJsonConverter : JsonConverter<ContentLanguage>
{
    /// <inheritdoc/>
    public override ContentLanguage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? ContentLanguageExtensions.FromLanguageTag(reader.GetString())
            : throw new JsonException("A language is a BCP 47 tag string (zh-Hans, zh-Hant, vi, und).");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ContentLanguage value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToLanguageTag());
    }
}

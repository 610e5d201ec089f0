using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsExtract.Serialization;

/// <summary>
/// A <see cref="Dateline"/> in the JSON contract: <c>published</c> as precise as the page stated it
/// (<see cref="Dateline.ToIsoString"/>), <c>precision</c>, <c>text</c>, <c>place</c>, and for a year-less date with no
/// <c>published</c>, its <c>month</c> and <c>day</c>.
/// </summary>
/// <remarks>
/// A date alone (<c>2025-07-13</c>) reads back as midnight at offset zero; inside an article it reads back at the
/// language's default offset (+08:00 Chinese, +07:00 Vietnamese), where the extractor puts it by default.
/// </remarks>
public sealed class DatelineJsonConverter : JsonConverter<Dateline>
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'"];

    /// <inheritdoc/>
    public override Dateline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dateline is a JSON object.");
        }

        string? published = null, text = null, place = null;
        DatePrecision? precision = null;
        int? month = null, day = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "published":
                    published = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    break;
                case "precision":
                    precision = JsonSerializer.Deserialize(ref reader, NewsExtractJsonContext.Default.DatePrecision);
                    break;
                case "text":
                    text = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    break;
                case "place":
                    place = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    break;
                case "month":
                    month = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
                    break;
                case "day":
                    day = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (published is null)
        {
            return new Dateline { Precision = precision ?? (month is null ? DatePrecision.None : DatePrecision.MonthDay), Month = month, Day = day, Text = text, Place = place };
        }

        DateTimeOffset moment;
        DatePrecision stated;
        if (published.Length == 10 && DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            moment = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            stated = DatePrecision.Day;
        }
        else if (DateTimeOffset.TryParseExact(published, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out moment))
        {
            stated = published.Length <= 16 || published[16] != ':' ? DatePrecision.Minute : DatePrecision.Second;
        }
        else
        {
            throw new JsonException($"dateline.published '{published}' is not an ISO 8601 date or date-time with offset.");
        }

        return new Dateline
        {
            Published = moment,
            Precision = precision ?? stated,
            Month = moment.Month,
            Day = moment.Day,
            Text = text,
            Place = place,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Dateline value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        WriteNullable(writer, "published", value.ToIsoString());
        writer.WritePropertyName("precision");
        JsonSerializer.Serialize(writer, value.Precision, NewsExtractJsonContext.Default.DatePrecision);
        WriteNullable(writer, "text", value.Text);
        WriteNullable(writer, "place", value.Place);
        if (value.Published is null && value.Month is { } month && value.Day is { } day)
        {
            writer.WriteNumber("month", month);
            writer.WriteNumber("day", day);
        }

        writer.WriteEndObject();
    }

    internal static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}

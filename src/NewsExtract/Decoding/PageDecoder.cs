using System.Text;

namespace NewsExtract.Decoding;

/// <summary>Bytes decoded to text, with the evidence the encoding was chosen on.</summary>
internal sealed record DecodedPage(string Text, string EncodingName, EncodingEvidence Evidence, int ReplacementCount, IReadOnlyList<DiagnosticNote> Notes);

/// <summary>Decodes page bytes. (Placeholder: UTF-8 only until issue 5 lands the real decoder.)</summary>
internal static class PageDecoder
{
    public static DecodedPage Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, bool lookForMetaCharset)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return new DecodedPage(text, "utf-8", EncodingEvidence.Default, 0, []);
    }
}

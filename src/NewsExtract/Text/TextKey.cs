using System.Text;

namespace NewsExtract.Text;

/// <summary>A comparison key for text: NFKC, whitespace removed, so "暗伤" and “暗伤” variants of spacing compare equal.</summary>
internal static class TextKey
{
    public static string Of(string text)
    {
        var normalized = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

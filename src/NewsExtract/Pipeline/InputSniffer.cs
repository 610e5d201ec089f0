namespace NewsExtract.Pipeline;

/// <summary>Tells HTML from a plain-text capture by its first few kilobytes.</summary>
internal static class InputSniffer
{
    public static bool LooksLikeHtml(string content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 8192)).TrimStart();
        if (head.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Count tag-like openings of common elements; a text capture has at most a stray "<".
        var tags = 0;
        foreach (var tag in (ReadOnlySpan<string>)["<head", "<body", "<div", "<p>", "<p ", "<meta", "<script", "<span", "<a ", "<table", "<br"])
        {
            var index = 0;
            var rest = head;
            while ((index = rest.IndexOf(tag, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                tags++;
                rest = rest[(index + tag.Length)..];
            }
        }

        return tags >= 3;
    }
}

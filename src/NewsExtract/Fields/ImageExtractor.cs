using NewsExtract.Blocks;
using NewsExtract.Classification;

namespace NewsExtract.Fields;

/// <summary>Collects the article's images (those inside the located span) with their captions.</summary>
internal static class ImageExtractor
{
    /// <summary>The shortest alt text taken as a caption.</summary>
    private const int MinAltCaption = 4;

    /// <returns>The images, and for the diagnostics how many were kept, with which captions, and how many skipped.</returns>
    public static (IReadOnlyList<ArticleImage> Images, string Reason) Extract(IReadOnlyList<ImageRef> images, IReadOnlyList<Block> blocks, ContentRange range, Uri? baseUrl)
    {
        if (range.IsEmpty)
        {
            return ([], images.Count == 0 ? "no images" : "no article located");
        }

        var result = new List<ArticleImage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int outside = 0, decoration = 0, repeated = 0, captioned = 0, alt = 0;
        foreach (var image in images)
        {
            if (image.NextBlockIndex < range.First || image.NextBlockIndex > range.Last + 1)
            {
                outside++;
                continue;
            }

            if (IsDecoration(image))
            {
                decoration++;
                continue;
            }

            var url = UrlResolver.Resolve(image.Source, baseUrl);
            if (url is null || !seen.Add(url))
            {
                repeated++;
                continue;
            }

            string? caption = null;
            if (image.NextBlockIndex < blocks.Count && blocks[image.NextBlockIndex].Role == BlockRole.Caption)
            {
                caption = blocks[image.NextBlockIndex].Text;
                captioned++;
            }
            else if (!string.IsNullOrWhiteSpace(image.Alt) && image.Alt.Length >= MinAltCaption)
            {
                caption = image.Alt;
                alt++;
            }

            result.Add(new ArticleImage(url, caption));
        }

        var reason = $"{result.Count} in the article ({captioned} captioned by the line under them, {alt} by their alt text); skipped {outside} outside it, {decoration} icons or spacers, {repeated} repeated or without an address";
        return (result, reason);
    }

    // Icons, spacers and tracking pixels declare tiny sizes.
    private static bool IsDecoration(ImageRef image)
    {
        static int Size(string? value) => int.TryParse(value?.TrimEnd('p', 'x'), out var n) ? n : int.MaxValue;
        var width = Size(image.Element.GetAttribute("width"));
        var height = Size(image.Element.GetAttribute("height"));
        return width < 50 || height < 50 || image.Source.EndsWith(".gif", StringComparison.OrdinalIgnoreCase) && width < 200;
    }
}

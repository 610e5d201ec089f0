using NewsExtract.Blocks;
using NewsExtract.Classification;

namespace NewsExtract.Fields;

/// <summary>Collects the article's images (those inside the located span) with their captions.</summary>
internal static class ImageExtractor
{
    public static IReadOnlyList<ArticleImage> Extract(IReadOnlyList<ImageRef> images, IReadOnlyList<Block> blocks, ContentRange range, Uri? baseUrl)
    {
        if (range.IsEmpty)
        {
            return [];
        }

        var result = new List<ArticleImage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var image in images)
        {
            if (image.NextBlockIndex < range.First || image.NextBlockIndex > range.Last + 1 || IsDecoration(image))
            {
                continue;
            }

            var url = UrlResolver.Resolve(image.Source, baseUrl);
            if (url is null || !seen.Add(url))
            {
                continue;
            }

            string? caption = null;
            if (image.NextBlockIndex < blocks.Count && blocks[image.NextBlockIndex].Role == BlockRole.Caption)
            {
                caption = blocks[image.NextBlockIndex].Text;
            }
            else if (!string.IsNullOrWhiteSpace(image.Alt) && image.Alt.Length >= 4)
            {
                caption = image.Alt;
            }

            result.Add(new ArticleImage(url, caption));
        }

        return result;
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

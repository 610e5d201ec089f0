using System.Text;

namespace NewsExtract.Benchmarks.Pages;

/// <summary>
/// The generated benchmark inputs, built once per process with fixed seeds. Names are the values of the
/// benchmarks' <c>Page</c> parameter.
/// </summary>
public static class BenchPages
{
    /// <summary>~20 KB zh portal article (UTF-8).</summary>
    public const string ZhSmall = "zh-small-20k";

    /// <summary>~500 KB zh portal page: big nav, sidebars, teaser lists, long article (UTF-8).</summary>
    public const string ZhLarge = "zh-large-500k";

    /// <summary>~60 KB zh page stored as GB18030 bytes with <c>&lt;meta charset="gbk"&gt;</c>; as a string it is the decoded text.</summary>
    public const string ZhGbk = "zh-gbk-60k";

    /// <summary>~100 KB Vietnamese article (Dân trí layout, UTF-8).</summary>
    public const string Vi = "vi-100k";

    /// <summary>~200 KB text-browser capture of a zh portal page (UTF-8).</summary>
    public const string ZhText = "zh-text-200k";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Texts = new(Build);
    private static readonly Lazy<byte[]> Gbk = new(() => GbkEncoding.GetBytes(Get(ZhGbk)));

    /// <summary>GB18030, a superset of GBK (the code-pages provider is registered on first use).</summary>
    public static Encoding GbkEncoding
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    /// <summary>All page names.</summary>
    public static IEnumerable<string> Names => Texts.Value.Keys;

    /// <summary>A page as decoded text.</summary>
    public static string Get(string name) => Texts.Value[name];

    /// <summary>The GBK page as its GB18030 bytes.</summary>
    public static byte[] GbkBytes => Gbk.Value;

    /// <summary>The size of the page in the bytes it is stored as (GB18030 for the GBK page, UTF-8 otherwise).</summary>
    public static int StoredBytes(string name) => name == ZhGbk ? GbkBytes.Length : Encoding.UTF8.GetByteCount(Get(name));

    private static Dictionary<string, string> Build()
    {
        var utf8 = Encoding.UTF8;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ZhSmall] = new PageGenerator(20).ZhPortalArticle(new ZhPageShape(20_000, NavLinks: 40, Paragraphs: 10, Images: 2, RelatedLinks: 8, Comments: 5, "utf-8", utf8)),
            [ZhLarge] = new PageGenerator(500).ZhPortalArticle(new ZhPageShape(500_000, NavLinks: 300, Paragraphs: 60, Images: 8, RelatedLinks: 30, Comments: 40, "utf-8", utf8)),
            [ZhGbk] = new PageGenerator(60).ZhPortalArticle(new ZhPageShape(60_000, NavLinks: 80, Paragraphs: 14, Images: 3, RelatedLinks: 12, Comments: 10, "gbk", GbkEncoding)),
            [Vi] = new PageGenerator(100).ViPortalArticle(100_000),
            [ZhText] = new PageGenerator(200).ZhTextCapture(200_000),
        };
    }
}

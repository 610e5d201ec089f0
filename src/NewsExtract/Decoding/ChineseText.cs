namespace NewsExtract.Decoding;

/// <summary>
/// Whether decoded text reads as Chinese, by how much of it is made of the most frequent Chinese characters: in Chinese
/// text (simplified or traditional) about 60 % of the ideographs are among the 500 most frequent, 43 % at the least on the
/// corpora's pages; Korean (EUC-KR) or Japanese (Shift_JIS) bytes read as GBK or Big5 give ideographs too — every byte
/// pair is valid — but arbitrary ones (10 % and 0 % among the 500 on generated news text). A charset claim is judged by it.
/// </summary>
internal static class ChineseText
{
    /// <summary>Below this many ideographs the share says too little.</summary>
    internal const int MinIdeographs = 100;

    /// <summary>Text whose share of common characters is below this does not read as Chinese.</summary>
    internal const double MinCommonShare = 0.2;

    // The 500 most frequent characters of modern written Chinese, most frequent first (the ranking of Jun Da's
    // frequency list of modern Chinese), then the traditional forms of those that differ (OpenCC s2t, s2tw and s2hk).
    private const string Common =
        "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实" +
        "日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员" +
        "解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象" +
        "完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调" +
        "深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列" +
        "這個們來爲國說時會對於過發後裏種經麼學現當沒動還進樣開從實軍無與長機關點業將兩間問並應戰頭體見產話內給門兒東聲員論處義幾認條氣題爾別變總電數報結務場計資許統區隊決馬書則聽卻達強難權設記類據邊張該規萬覺術領確傳師觀讓識帶導爭運飛風乾聯組濟車親極辦議證轉準遠臺單羅愛擊備連調質團價黨華級離況亞請際約覆線斷滿視須寫稱嗎輕農裝廣顯標談喫圖歷醫專費號盡較語僅隨選為著裡説";

    private static readonly System.Buffers.SearchValues<char> CommonChars = System.Buffers.SearchValues.Create(Common);

    /// <summary>How many CJK ideographs the text holds (counting stops at <paramref name="enough"/>) and the share of them that are common.</summary>
    public static (int Ideographs, double CommonShare) Measure(ReadOnlySpan<char> text, int enough = 4096)
    {
        int ideographs = 0, common = 0;
        foreach (var c in text)
        {
            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF'))
            {
                ideographs++;
                common += CommonChars.Contains(c) ? 1 : 0;
                if (ideographs >= enough)
                {
                    break;
                }
            }
        }

        return (ideographs, ideographs == 0 ? 0 : (double)common / ideographs);
    }

    /// <summary>True when the text has enough ideographs to judge and few of them are common Chinese characters.</summary>
    public static bool DoesNotReadAsChinese(ReadOnlySpan<char> text, out int ideographs, out double commonShare)
    {
        (ideographs, commonShare) = Measure(text);
        return ideographs >= MinIdeographs && commonShare < MinCommonShare;
    }
}

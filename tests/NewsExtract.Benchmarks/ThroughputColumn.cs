using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsExtract.Benchmarks.Pages;

namespace NewsExtract.Benchmarks;

/// <summary>Input size and throughput (MB/s of the page's stored bytes, 1 MB = 10^6 bytes) from the mean time.</summary>
public sealed class ThroughputColumn(bool size) : IColumn
{
    public string Id => size ? "InputKB" : "MBps";

    public string ColumnName => size ? "Input KB" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => size ? 0 : 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => size ? "Size of the page as stored (GB18030 for the GBK page, UTF-8 otherwise), in KB (10^3 bytes)" : "Page bytes processed per second, from the mean (10^6 bytes/s)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (benchmarkCase.Parameters["Page"] is not string page)
        {
            return "-";
        }

        var bytes = BenchPages.StoredBytes(page);
        if (size)
        {
            return (bytes / 1000.0).ToString("N1", CultureInfo.InvariantCulture);
        }

        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? (bytes / (mean.Value / 1e9) / 1e6).ToString("N1", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}

using Analytics.Pipeline.Load;
using Analytics.Pipeline.Sequence;
using Analytics.Pipeline.Store;
using Analytics.Tests.Extract.Decode;

namespace Analytics.Tests.Load;

/// <summary>The page and OCR confidence of a figure reach the observations and targets views; NULL for plain text.</summary>
public class PdfProvenanceLoadTests
{
    private static List<(string Criterion, int? Page, decimal? Confidence)> Written(string path, string view)
    {
        var x = DecodedFixtures.Read(path);
        using var db = Stages.OpenForWrite(":memory:");
        using var con = db.Connect();
        con.Transaction(c =>
        {
            using var rows = new DocumentRows(c);
            DocumentWriter.Replace(c, rows, x, path, isNew: true);
        });
        return con.Query($"SELECT criterion, source_page, ocr_confidence FROM {view} ORDER BY seq",
            r => (r.String(0)!, r.Int(1), r.Decimal(2)));
    }

    [Fact]
    public void Write_TextLayerPdf_PagesAndNoConfidence()
    {
        var pages = Written(DecodedFixtures.Pdf + "004_eff36063a9686b3b.pdf", "observations");
        Assert.Equal([10, 10, 11, 11, 12, 13, 14], pages.Select(p => p.Page ?? 0));
        Assert.All(pages, p => Assert.Null(p.Confidence));
        Assert.Equal([10, 10, 11, 11, 12, 13, 14], Written(DecodedFixtures.Pdf + "004_eff36063a9686b3b.pdf", "targets").Select(p => p.Page ?? 0));
    }

    [Fact]
    public void Write_ScannedPdf_ConfidenceAsRead()
    {
        var path = DecodedFixtures.Pdf + "002_cafea9ff515821b6-scan.pdf";
        var expected = DecodedFixtures.Read(path).Observations.Select(o => Math.Round(o.Source.OcrConfidence!.Value, 2));
        var written = Written(path, "observations");
        Assert.Equal(expected, written.Select(w => w.Confidence ?? -1));
        Assert.All(written, w => Assert.Equal(1, w.Page));
    }

    [Fact]
    public void Write_Text_NoPageNoConfidence()
    {
        var written = Written("seeds/002_cafea9ff515821b6.txt", "observations");
        Assert.NotEmpty(written);
        Assert.All(written, w => Assert.Equal((null, null), (w.Page, w.Confidence)));
    }

    [Fact]
    public void Open_DatabaseMadeBeforeTheColumns_GainsThem()
    {
        using var tmp = RepoPaths.Temp();
        using (var old = DuckDb.Open(tmp.File("old.duckdb"), readOnly: false))
        using (var con = old.Connect())
        {
            con.Execute("CREATE TABLE raw_observations (source_file VARCHAR NOT NULL, seq INTEGER NOT NULL, unit VARCHAR NOT NULL, unit_kind VARCHAR NOT NULL, province VARCHAR, year INTEGER NOT NULL, index_code VARCHAR NOT NULL, criterion VARCHAR NOT NULL, criterion_as_written VARCHAR, value_pct DECIMAL(6,2), rank INTEGER, rank_of INTEGER, rank_change INTEGER, value_change DECIMAL(6,2), is_derived BOOLEAN NOT NULL, origin VARCHAR NOT NULL, source_line INTEGER NOT NULL, source_text VARCHAR NOT NULL)");
            con.Execute("INSERT INTO raw_observations VALUES ('old.txt', 1, 'Sở Y tế', 'department', 'Gia Lai', 2023, 'SIPAS', 'overall', NULL, 85.5, NULL, NULL, NULL, NULL, false, 'plan_body', 3, 'đạt 85,5%')");
            con.Execute("CREATE TABLE raw_targets (source_file VARCHAR NOT NULL, seq INTEGER NOT NULL, unit VARCHAR NOT NULL, unit_kind VARCHAR NOT NULL, province VARCHAR, year INTEGER NOT NULL, index_code VARCHAR NOT NULL, criterion VARCHAR NOT NULL, target_pct DECIMAL(6,2) NOT NULL, set_by VARCHAR NOT NULL, basis VARCHAR, source_line INTEGER NOT NULL, source_text VARCHAR NOT NULL)");
        }
        using var db = Stages.OpenForWrite(tmp.File("old.duckdb"));
        using var reopened = db.Connect();
        Assert.Equal((85.5m, (int?)null, (decimal?)null, (string?)null), reopened.Query("SELECT value_pct, source_page, ocr_confidence, source_note FROM observations",
            r => (r.Decimal(0)!.Value, r.Int(1), r.Decimal(2), r.String(3))).Single());
        Assert.Equal(0L, reopened.Scalar<long>("SELECT count(source_page) + count(ocr_confidence) FROM targets"));
        // The columns added are in the database file, not only in its write-ahead log: DuckDB 1.5.6 cannot replay an
        // ALTER TABLE … ADD COLUMN from the log, so a process killed now would otherwise leave a database that never opens.
        var wal = new FileInfo(tmp.File("old.duckdb") + ".wal");
        Assert.True(!wal.Exists || wal.Length == 0, $"write-ahead log holds {(wal.Exists ? wal.Length : 0)} bytes after the upgrade");
    }
}

using System.Diagnostics;
using MesaBot.Extraction;
using MesaBot.TestData.Extraction;

// Precision and recall of the extractor on the labelled set, then its time on a 10,000-word transcript.
// dotnet run -c Release --project bench/MesaBot.ExtractionQuality [-- --misses] [-- --heldout]
var showMisses = args.Contains("--misses");
var withHeldOut = args.Contains("--heldout");
var extractor = new CueRecordExtractor();
var documents = DevSet.Load();
var dev = ExtractionScore.Of(documents.Where(d => !d.HeldOut), extractor);
Console.WriteLine(dev.Report($"Development set ({documents.Count(d => !d.HeldOut)} files, {documents.Where(d => !d.HeldOut).Sum(d => d.Units.Count(u => u.Text.Trim().Length > 0))} units)"));
if (showMisses)
{
    foreach (var miss in dev.Misses)
    {
        Console.WriteLine($"    {miss.File}: expected {miss.Expected}, got {miss.Proposed}\n      «{miss.Text}»");
    }
}

if (withHeldOut)
{
    var heldOut = ExtractionScore.Of(documents.Where(d => d.HeldOut), extractor);
    Console.WriteLine(heldOut.Report($"Held-out set ({documents.Count(d => d.HeldOut)} files)"));
    if (showMisses)
    {
        foreach (var miss in heldOut.Misses)
        {
            Console.WriteLine($"    {miss.File}: expected {miss.Expected}, got {miss.Proposed}\n      «{miss.Text}»");
        }
    }
}

var transcript = GeneratedTranscript.Of(documents, words: 10_000);
var runs = new List<double>();
var cpu = new List<double>();
var thread = Process.GetCurrentProcess();
var proposals = 0;
extractor.Extract(transcript); // warm-up: regular expressions and the JIT
for (var run = 0; run < 7; run++)
{
    thread.Refresh();
    var cpuBefore = thread.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    proposals = extractor.Extract(transcript).Count;
    watch.Stop();
    thread.Refresh();
    runs.Add(watch.Elapsed.TotalMilliseconds);
    cpu.Add((thread.TotalProcessorTime - cpuBefore).TotalMilliseconds);
}

runs.Sort();
cpu.Sort();
var words = transcript.Passages.Sum(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
Console.WriteLine($"Generated transcript: {words} words in {transcript.Passages.Count} turns, {proposals} proposals; median of {runs.Count} runs {runs[runs.Count / 2]:0.0} ms (min {runs[0]:0.0}, max {runs[^1]:0.0}); CPU time median {cpu[cpu.Count / 2]:0.0} ms; load average {Machine.LoadAverage()}");

internal static class Machine
{
    // A shared machine slows the wall clock, not the work: the load says how much the figure can be trusted.
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + $" on {Environment.ProcessorCount} cores" : "unknown";
}

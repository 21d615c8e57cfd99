using System.Globalization;

namespace IncLead.Documents.Benchmarks.Chromium;

/// <summary>
/// CPU time used so far by a process and all its descendants, from /proc (Linux). Chromium prints with several
/// processes (browser, renderer, GPU); on a busy machine they together get more of the cores than one thread does,
/// so wall time flatters Chromium, while CPU time per document does not depend on how busy the machine is.
/// </summary>
internal static class ProcessTreeCpu
{
    /// <summary>Linux reports process times in USER_HZ ticks, 100 per second on every mainstream kernel.</summary>
    const double TicksPerSecond = 100;

    public static TimeSpan Of(int rootPid)
    {
        var stats = new List<(int Pid, int Parent, long Ticks)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // Fields after the command name, which is in parentheses and may hold spaces.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                // utime, stime, and the times of children already waited for (cutime, cstime).
                var ticks = fields[11..15].Sum(f => long.Parse(f, CultureInfo.InvariantCulture));
                stats.Add((pid, parent, ticks));
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }
        var inTree = new HashSet<int> { rootPid };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (pid, parent, _) in stats)
                grew |= inTree.Contains(parent) && inTree.Add(pid);
        }
        return TimeSpan.FromSeconds(stats.Where(s => inTree.Contains(s.Pid)).Sum(s => s.Ticks) / TicksPerSecond);
    }
}

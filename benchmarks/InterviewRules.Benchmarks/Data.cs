using System;
using System.Collections.Generic;
using System.Linq;

namespace InterviewRules.Benchmarks;

/// <summary>1,024 seeded random scenarios, spread so that every rule fires in a fair share of them.</summary>
public static class Data
{
    public const int Count = 1024;
    public const int Seed = 20261126;

    public static InterviewScenario[] Scenarios(int count = Count, int seed = Seed)
    {
        var random = new Random(seed);
        var scenarios = new InterviewScenario[count];
        for (var i = 0; i < count; i++)
        {
            var concerns = Enum.GetValues<Concern>().Where(_ => random.NextDouble() < 0.2).ToArray();
            var flags = new List<RedFlag>();
            foreach (var flag in new[] { RedFlag.NegativeManagement, RedFlag.LeadershipConflict, RedFlag.HighTurnover, RedFlag.HostileCulture })
            {
                if (random.NextDouble() < 0.08)
                {
                    flags.Add(flag);
                }
            }

            if (random.NextDouble() < 0.07)
            {
                flags.Add(RedFlag.UntrustworthyLeadership);
            }

            var format = (InterviewFormat)random.Next(3);
            scenarios[i] = new InterviewScenario(
                new Candidate(random.Next(0, 41) * 0.5, random.Next(0, 6), random.Next(2) == 0, random.Next(0, 6)),
                new Opportunity(
                    (InterviewerRole)random.Next(6),
                    format,
                    format == InterviewFormat.OnSite ? random.Next(0, 21) * 0.5 : 0,
                    random.Next(1, 13) * 0.5),
                concerns,
                flags);
        }

        return scenarios;
    }
}

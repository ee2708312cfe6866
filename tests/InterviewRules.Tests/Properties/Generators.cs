using System;
using System.Linq;
using CsCheck;

namespace InterviewRules.Tests.Properties;

/// <summary>CsCheck generators of valid scenarios, over the whole range of design.md's input table.</summary>
internal static class Generators
{
    public static readonly Concern[] AllConcerns = Enum.GetValues<Concern>();
    public static readonly RedFlag[] AllRedFlags = Enum.GetValues<RedFlag>();
    public static readonly RedFlag[] ConcreteFlags = [RedFlag.NegativeManagement, RedFlag.LeadershipConflict, RedFlag.HighTurnover, RedFlag.HostileCulture];

    public static readonly Gen<Candidate> Candidate =
        Gen.Select(Gen.Int[0, 140], Gen.Int[0, 12], Gen.Bool, Gen.Int[0, 8], (halfYears, interviews, looking, others) =>
            new Candidate(halfYears * 0.5, interviews, looking, others));

    public static readonly Gen<Opportunity> Opportunity =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 2], Gen.Int[0, 40], Gen.Int[1, 40], Gen.Int[0, 3], (role, format, travel, duration, industry) =>
            new Opportunity((InterviewerRole)role, (InterviewFormat)format, travel * 0.5, duration * 0.5, industry switch { 0 => null, 1 => "finance", 2 => "medical sales", _ => "café & co — ünïcode" }));

    /// <summary>Valid scenarios: each of the five red-flag names is known in detail, only rumoured, or neither.</summary>
    public static readonly Gen<InterviewScenario> Scenario =
        Gen.Select(Candidate, Opportunity, Gen.Int[0, 127], Gen.Int[0, 242], Gen.Bool, (candidate, opportunity, concernBits, names, shuffle) =>
        {
            var concerns = AllConcerns.Where(c => (concernBits & (1 << (int)c)) != 0).ToArray();
            var flags = new System.Collections.Generic.List<RedFlag>();
            var rumours = new System.Collections.Generic.List<RedFlag>();
            foreach (var flag in AllRedFlags)
            {
                (names % 3 == 1 ? flags : names % 3 == 2 ? rumours : null)?.Add(flag);
                names /= 3;
            }

            if (shuffle)
            {
                Array.Reverse(concerns);
            }

            return new InterviewScenario(candidate, opportunity, concerns, flags, rumours);
        });
}

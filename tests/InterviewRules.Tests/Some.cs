using System.Collections.Generic;

namespace InterviewRules.Tests;

/// <summary>Builds realistic scenarios: an experienced, settled candidate with a one-hour on-site interview nearby
/// fires only <c>networking</c> and <c>low-cost</c>; each test changes what it is about.</summary>
internal static class Some
{
    public static Candidate Candidate(double years = 6, int interviews = 3, bool looking = false, int others = 0) =>
        new(years, interviews, looking, others);

    public static Opportunity Opportunity(
        InterviewerRole interviewer = InterviewerRole.HiringManager,
        InterviewFormat format = InterviewFormat.OnSite,
        double travel = 2,
        double duration = 1,
        string? industry = null) =>
        new(interviewer, format, travel, duration, industry);

    public static InterviewScenario Scenario(
        Candidate? candidate = null,
        Opportunity? opportunity = null,
        IEnumerable<Concern>? concerns = null,
        IEnumerable<RedFlag>? redFlags = null,
        IEnumerable<RedFlag>? rumours = null) =>
        new(candidate ?? Candidate(), opportunity ?? Opportunity(), concerns, redFlags, rumours);

    public static InterviewScenario With(params Concern[] concerns) => Scenario(concerns: concerns);

    public static InterviewScenario WithFlags(params RedFlag[] flags) => Scenario(redFlags: flags);

    public static InterviewScenario WithRumours(params RedFlag[] rumours) => Scenario(rumours: rumours);
}

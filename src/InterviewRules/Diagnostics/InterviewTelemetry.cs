using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using InterviewRules.Engine;

namespace InterviewRules.Diagnostics;

/// <summary>
/// The library's own telemetry, with the BCL only: a <see cref="Meter"/> and an <see cref="ActivitySource"/>, both
/// named <c>InterviewRules</c> (README § Telemetry). Tags carry the policy and the decision, never a scenario value:
/// a scenario is personal data. With no listener, a recommendation pays one check (<see cref="IsObserved"/>).
/// </summary>
internal static class InterviewTelemetry
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "InterviewRules";

    /// <summary>The activity started around each <see cref="InterviewAdvisor.Recommend(InterviewScenario)"/>.</summary>
    public const string RecommendActivity = "InterviewRules.Recommend";

    public const string RecommendationsName = "interviewrules.recommendations";
    public const string RuleFailuresName = "interviewrules.rule.failures";
    public const string DurationName = "interviewrules.evaluation.duration";

    public const string DecisionTag = "decision";
    public const string PolicyNameTag = "policy.name";
    public const string PolicyFingerprintTag = "policy.fingerprint";
    public const string RuleIdTag = "rule.id";

    private static readonly string? Version = typeof(InterviewTelemetry).Assembly.GetName().Version?.ToString(3);

    public static readonly ActivitySource Source = new(Name, Version);

    public static readonly Meter Meter = new(Name, Version);

    public static readonly Counter<long> Recommendations = Meter.CreateCounter<long>(
        RecommendationsName, unit: "{recommendation}", description: "Recommendations made, by decision and policy.");

    public static readonly Counter<long> RuleFailures = Meter.CreateCounter<long>(
        RuleFailuresName, unit: "{failure}", description: "Rules that failed (threw, or gave a weight out of bounds) while recommending, by rule id.");

    // A recommendation takes microseconds: the default buckets (made for milliseconds) would put every one in the first.
    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        DurationName,
        unit: "s",
#if NET9_0_OR_GREATER
        description: "How long a recommendation took to evaluate, in seconds.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1e-6, 2.5e-6, 5e-6, 1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 1e-2, 0.1] });
#else
        description: "How long a recommendation took to evaluate, in seconds.");
#endif

    /// <summary>Gets whether anything listens: an instrument is enabled or the activity source has a listener.</summary>
    public static bool IsObserved => Recommendations.Enabled || Duration.Enabled || RuleFailures.Enabled || Source.HasListeners();

    /// <summary>Records one recommendation: its activity's tags, the counters and the duration.</summary>
    public static void Record(Recommendation recommendation, Activity? activity, long startTimestamp)
    {
        var seconds = Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds;
        var decision = ContractNames.Of(recommendation.Decision);
        var policy = recommendation.Policy;
        if (activity is not null)
        {
            activity.SetTag(PolicyFingerprintTag, policy.Fingerprint);
            activity.SetTag(DecisionTag, decision);
            if (!recommendation.IsComplete)
            {
                activity.SetStatus(ActivityStatusCode.Error, $"{recommendation.Failures.Count} rule(s) failed.");
            }
        }

        var policyName = new KeyValuePair<string, object?>(PolicyNameTag, policy.Name);
        Recommendations.Add(1, new KeyValuePair<string, object?>(DecisionTag, decision), policyName);
        Duration.Record(seconds, policyName);
        foreach (var failure in recommendation.Failures)
        {
            RuleFailures.Add(1, new KeyValuePair<string, object?>(RuleIdTag, failure.RuleId));
        }
    }

    /// <summary>Marks an activity whose recommendation ended in an exception (a fail-fast rule failure), and counts the rule.</summary>
    public static void RecordFailure(Activity? activity, Exception exception)
    {
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        if (exception is RuleEvaluationException failed)
        {
            RuleFailures.Add(1, new KeyValuePair<string, object?>(RuleIdTag, failed.RuleId));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using InterviewRules.Diagnostics;
using InterviewRules.Engine;
using InterviewRules.Policies;
using Xunit;

namespace InterviewRules.Tests.Diagnostics;

public class InterviewTelemetryTests
{
    [Fact]
    public void Recommend_Listened_CountsByDecisionAndPolicy_AndRecordsSeconds()
    {
        using var listener = new Measurements();
        var recommendation = InterviewAdvisor.Default.Recommend(Some.Scenario(Some.Candidate(years: 1, interviews: 0, looking: true)));

        var counted = Assert.Single(listener.Of(InterviewTelemetry.RecommendationsName));
        Assert.Equal(1, counted.Value);
        Assert.Equal(
            new Dictionary<string, object?> { ["decision"] = recommendation.Decision == Verdict.Accept ? "accept" : "decline", ["policy.name"] = "article-default" },
            counted.Tags);
        var duration = Assert.Single(listener.Of(InterviewTelemetry.DurationName));
        Assert.InRange(duration.Value, 0, 10);
        Assert.Equal(["policy.name"], duration.Tags.Keys);
        Assert.Empty(listener.Of(InterviewTelemetry.RuleFailuresName));
    }

    [Fact]
    public void Recommend_Traced_OneActivityWithFingerprintAndDecision_NoScenarioValue()
    {
        using var activities = new Activities();
        var recommendation = InterviewAdvisor.Default.Recommend(Some.Scenario(Some.Candidate(years: 1.5), Some.Opportunity(industry: "finance")));

        var activity = Assert.Single(activities.Stopped);
        Assert.Equal("InterviewRules.Recommend", activity.OperationName);
        Assert.Equal("InterviewRules", activity.Source.Name);
        Assert.Equal(
            new Dictionary<string, string?> { ["policy.fingerprint"] = recommendation.Policy.Fingerprint, ["decision"] = recommendation.Decision == Verdict.Accept ? "accept" : "decline" },
            activity.Tags.ToDictionary(t => t.Key, t => t.Value));
        Assert.Equal(ActivityStatusCode.Unset, activity.Status);
    }

    [Fact]
    public void Recommend_RuleFails_CountedByRuleId_ActivityMarkedError()
    {
        using var listener = new Measurements();
        using var activities = new Activities();
        var advisor = InterviewAdvisor.Create(InterviewPolicy.ArticleDefault, addRules: [new ThrowingRule()]);

        var recommendation = advisor.Recommend(Some.Scenario());

        Assert.False(recommendation.IsComplete);
        var failure = Assert.Single(listener.Of(InterviewTelemetry.RuleFailuresName));
        Assert.Equal(new Dictionary<string, object?> { ["rule.id"] = "always-throws" }, failure.Tags);
        Assert.Equal(ActivityStatusCode.Error, Assert.Single(activities.Stopped).Status);
    }

    [Fact]
    public void Recommend_FailFastRuleThrows_CountsTheFailure_AndRethrows()
    {
        using var listener = new Measurements();
        var advisor = InterviewAdvisor.Create(InterviewPolicy.ArticleDefault, addRules: [new ThrowingRule()], failFast: true);

        Assert.Throws<RuleEvaluationException>(() => advisor.Recommend(Some.Scenario()));

        Assert.Equal(new Dictionary<string, object?> { ["rule.id"] = "always-throws" }, Assert.Single(listener.Of(InterviewTelemetry.RuleFailuresName)).Tags);
        Assert.Empty(listener.Of(InterviewTelemetry.RecommendationsName));
    }

    [Fact]
    public void ScoreAndCounterfactualProbes_AreNotRecommendations()
    {
        using var listener = new Measurements();
        using var activities = new Activities();
        var scenario = InterviewJson.ReadScenario(Examples.ScenarioBytes("13-long-trip-not-looking"));

        InterviewAdvisor.Default.Score(scenario);
        var counterfactuals = InterviewAdvisor.Default.Counterfactuals(scenario);

        Assert.NotEmpty(counterfactuals);
        Assert.Empty(listener.All);
        Assert.Empty(activities.Stopped);
    }

    /// <summary>Collects the library's measurements made on the test's own thread (other tests run in parallel).</summary>
    private sealed class Measurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly int _thread = Environment.CurrentManagedThreadId;

        public Measurements()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "InterviewRules")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.Start();
        }

        public List<(string Name, double Value, Dictionary<string, object?> Tags)> All { get; } = [];

        public IEnumerable<(string Name, double Value, Dictionary<string, object?> Tags)> Of(string name) => All.Where(m => m.Name == name);

        public void Dispose() => _listener.Dispose();

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            if (Environment.CurrentManagedThreadId == _thread)
            {
                All.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        }
    }

    /// <summary>Collects the library's activities stopped on the test's own thread.</summary>
    private sealed class Activities : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly int _thread = Environment.CurrentManagedThreadId;

        public Activities()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "InterviewRules",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    if (Environment.CurrentManagedThreadId == _thread)
                    {
                        Stopped.Add(activity);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public List<Activity> Stopped { get; } = [];

        public void Dispose() => _listener.Dispose();
    }

    private sealed class ThrowingRule : IRule<InterviewScenario>
    {
        public RuleDescriptor Descriptor { get; } = new("always-throws", FindingKind.Reason, "Always throws", "test", "+1");

        public Finding? Evaluate(InterviewScenario facts) => throw new InvalidOperationException("the rule's database is down");
    }
}

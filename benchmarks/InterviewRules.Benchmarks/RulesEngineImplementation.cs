using System.Collections.Generic;
using System.Linq;
using RulesEngine.Models;

namespace InterviewRules.Benchmarks;

/// <summary>article-default in Microsoft RulesEngine 6.0.1: one workflow, the rules as its expression strings, the engine built once.</summary>
public sealed class RulesEngineImplementation
{
    private const string WorkflowName = "article-default";
    private readonly global::RulesEngine.RulesEngine _engine;

    public RulesEngineImplementation()
    {
        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            Rules = PolicyTable.Rows.Select(r => new Rule { RuleName = r.Name, Expression = r.Expression, RuleExpressionType = RuleExpressionType.LambdaExpression }).ToList(),
        };
        _engine = new global::RulesEngine.RulesEngine([workflow], new ReSettings());
    }

    public Outcome Evaluate(Flat flat)
    {
        List<RuleResultTree> results = _engine.ExecuteAllRulesAsync(WorkflowName, flat).AsTask().GetAwaiter().GetResult();
        return PolicyTable.Outcome(results.Where(r => r.IsSuccess).Select(r => r.Rule.RuleName));
    }

    public double Score(Flat flat)
    {
        var results = _engine.ExecuteAllRulesAsync(WorkflowName, flat).AsTask().GetAwaiter().GetResult();
        var score = 0.0;
        foreach (var result in results)
        {
            if (result.IsSuccess)
            {
                score += PolicyTable.ByName(result.Rule.RuleName).Weight;
            }
        }

        return score;
    }
}

using System;
using System.Linq.Expressions;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace InterviewRules.Benchmarks;

/// <summary>article-default in NRules 1.0.4: one rule class per table row, compiled once; sessions reused or made per evaluation.</summary>
public sealed class NRulesImplementation
{
    private readonly ISessionFactory _factory;
    private readonly ISession _session;

    public NRulesImplementation()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(TableRule).Assembly).Where(r => r.Name.StartsWith("InterviewRules.Benchmarks.", StringComparison.Ordinal)));
        _factory = repository.Compile();
        _session = _factory.CreateSession();
    }

    public Outcome EvaluateReused(Flat flat) => Run(_session, flat);

    public Outcome EvaluateNewSession(Flat flat) => Run(_factory.CreateSession(), flat);

    private static Outcome Run(ISession session, Flat flat)
    {
        flat.Reset();
        session.Insert(flat);
        session.Fire();
        session.Retract(flat);
        return PolicyTable.Outcome(flat.Fired);
    }
}

/// <summary>One NRules rule per table row.</summary>
public abstract class TableRule : Rule
{
    protected abstract string RowName { get; }

    public override void Define()
    {
        var row = PolicyTable.ByName(RowName);
        var name = row.Name;
        var weight = row.Weight;
        var veto = row.Veto;
        Flat flat = null!;
        Expression<Func<Flat, bool>> condition = f => row.Predicate(f);
        When().Match(() => flat, condition);
        Then().Do(ctx => flat.Fire(name, weight, veto));
    }
}

public sealed class NeedPracticeNRule : TableRule { protected override string RowName => "need-practice"; }
public sealed class PlanBNRule : TableRule { protected override string RowName => "plan-b"; }
public sealed class NetworkingNRule : TableRule { protected override string RowName => "networking"; }
public sealed class SharpenInstinctsNRule : TableRule { protected override string RowName => "sharpen-instincts"; }
public sealed class UnknownWantsNRule : TableRule { protected override string RowName => "unknown-wants"; }
public sealed class LeadingOnNRule : TableRule { protected override string RowName => "leading-on"; }
public sealed class TooBusyLookingNRule : TableRule { protected override string RowName => "too-busy-looking"; }
public sealed class TooBusyNotLookingNRule : TableRule { protected override string RowName => "too-busy-not-looking"; }
public sealed class FearOfRejectionNRule : TableRule { protected override string RowName => "fear-of-rejection"; }
public sealed class NegativeManagementNRule : TableRule { protected override string RowName => "flag-negative-management"; }
public sealed class LeadershipConflictNRule : TableRule { protected override string RowName => "flag-leadership-conflict"; }
public sealed class HighTurnoverNRule : TableRule { protected override string RowName => "flag-high-turnover"; }
public sealed class HostileCultureNRule : TableRule { protected override string RowName => "flag-hostile-culture"; }
public sealed class UntrustworthyNRule : TableRule { protected override string RowName => "untrustworthy-people"; }
public sealed class LowCostCheapNRule : TableRule { protected override string RowName => "low-cost-cheap"; }
public sealed class LowCostExpensiveNRule : TableRule { protected override string RowName => "low-cost-expensive"; }

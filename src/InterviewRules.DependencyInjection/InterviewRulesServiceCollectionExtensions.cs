using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewRules;

/// <summary>Registers InterviewRules advisors. Every method uses TryAdd semantics: calling it twice is safe, and the first registration wins.</summary>
public static class InterviewRulesServiceCollectionExtensions
{
    /// <summary>Registers <see cref="InterviewAdvisor.Default"/> (the article's own policy) as the singleton <see cref="InterviewAdvisor"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddInterviewRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(InterviewAdvisor.Default);
        return services;
    }

    /// <summary>Registers a singleton <see cref="InterviewAdvisor"/> configured by <paramref name="configure"/>: a policy (object or file), code rules to add, rules to remove.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the advisor; runs once, when it is first resolved.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddInterviewRules(this IServiceCollection services, Action<InterviewRulesBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(_ => Build(configure));
        return services;
    }

    /// <summary>Registers a named advisor as a keyed singleton, one per tenant: resolve it with <c>GetRequiredKeyedService&lt;InterviewAdvisor&gt;(name)</c> or <c>[FromKeyedServices(name)]</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The advisor's key.</param>
    /// <param name="configure">Configures the advisor; runs once, when it is first resolved.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddInterviewRules(this IServiceCollection services, string name, Action<InterviewRulesBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddKeyedSingleton(name, (_, _) => Build(configure));
        return services;
    }

    private static InterviewAdvisor Build(Action<InterviewRulesBuilder> configure)
    {
        var builder = new InterviewRulesBuilder();
        configure(builder);
        return builder.Build();
    }
}

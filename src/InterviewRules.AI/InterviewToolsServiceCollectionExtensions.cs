using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewRules;

/// <summary>
/// Registers the chat-assistant tools next to the advisor that <c>AddInterviewRules</c> registers. Every method uses
/// TryAdd semantics: calling it twice is safe, and the first registration wins.
/// </summary>
public static class InterviewToolsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the five tools over the singleton <see cref="InterviewAdvisor"/> as a singleton
    /// <see cref="IReadOnlyList{T}"/> of <see cref="InterviewTool"/>: give them to a chat client with
    /// <c>new ChatOptions { Tools = [.. tools] }</c>.
    /// </summary>
    /// <param name="services">The service collection; it must also register an <see cref="InterviewAdvisor"/> (<c>AddInterviewRules</c>).</param>
    /// <param name="configure">Configures the tools' options (the default language); runs once, when the tools are first resolved.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddInterviewTools(this IServiceCollection services, Action<InterviewToolsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IReadOnlyList<InterviewTool>>(provider => InterviewTools.Create(provider.GetRequiredService<InterviewAdvisor>(), Options(configure)));
        return services;
    }

    /// <summary>
    /// Registers a tenant's tools as a keyed singleton over the advisor registered under the same key
    /// (<c>AddInterviewRules(name, …)</c>): resolve them with <c>GetRequiredKeyedService&lt;IReadOnlyList&lt;InterviewTool&gt;&gt;(name)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The tenant's key, the same as its advisor's.</param>
    /// <param name="configure">Configures the tools' options; runs once, when the tools are first resolved.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddInterviewTools(this IServiceCollection services, string name, Action<InterviewToolsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        services.TryAddKeyedSingleton<IReadOnlyList<InterviewTool>>(name, (provider, key) => InterviewTools.Create(provider.GetRequiredKeyedService<InterviewAdvisor>(key), Options(configure)));
        return services;
    }

    private static InterviewToolsOptions Options(Action<InterviewToolsOptions>? configure)
    {
        var options = new InterviewToolsOptions();
        configure?.Invoke(options);
        return options;
    }
}

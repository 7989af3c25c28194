#pragma once

#include "Expected.h"
#include "upgrade/Route.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <QVersionNumber>
#include <map>
#include <optional>

namespace omsua::upgrade {

// A version there is no upgrade into (4.1.1): it can only be deployed fresh.
struct FreshDeploymentOnly
{
    QVersionNumber version;
    QString reason;
    QString source;
};

// The supported single-node upgrade routes, read from data (resources/catalogue/routes.json,
// built into the binary) and validated when loaded: a route that names an unknown step, has
// steps in an unsafe order, or flags that contradict its steps is refused with the entry named,
// so that the engine can trust what it instantiates.
class ProcedureCatalogue
{
public:
    static QString builtInPath(); // ":/catalogue/routes.json"
    static Expected<ProcedureCatalogue> loadBuiltIn();
    static Expected<ProcedureCatalogue> loadFromFile(const QString& path);
    // `origin` names the data in errors (a file name).
    static Expected<ProcedureCatalogue> loadFromJson(const QByteArray& json, const QString& origin);

    const QList<Route>& routes() const { return m_routes; }
    const QList<FreshDeploymentOnly>& freshDeploymentOnly() const { return m_freshOnly; }
    bool isFreshDeploymentOnly(const QVersionNumber& version) const;
    // The route a journal recorded by its id ("3.3.0-3.3.1"), for resume and rollback.
    std::optional<Route> routeById(const QString& id) const;

    // The one route from -> to. When there is none the Error says why and names what is
    // supported: the chain of routes to take one after another (shortest, through the
    // catalogue), that the target needs a fresh deployment, that it is a downgrade, or which
    // routes exist at all.
    Expected<Route> findRoute(const QVersionNumber& from, const QVersionNumber& to) const;
    // The shortest chain of routes from -> to (one route when there is a direct one).
    Expected<QList<Route>> planChain(const QVersionNumber& from, const QVersionNumber& to) const;

    // The highest target of a route that starts at `from`; nullopt when none does.
    std::optional<QVersionNumber> latestTargetFrom(const QVersionNumber& from) const;
    // Every version reachable from `from` through one or more routes, ascending.
    QList<QVersionNumber> reachableFrom(const QVersionNumber& from) const;

    // The steps the engine instantiates for a route, in order. Each step's params are the
    // catalogue's defaults for that step, overridden by the route's own, plus what the route's
    // flags mean for it: start_new gets is_upgrade_env, docker_init via_exec, enable_ha
    // refetch_needed.
    QList<RouteStep> stepsFor(const Route& route) const;

private:
    friend class CatalogueReader;

    QList<Route> m_routes;
    QList<FreshDeploymentOnly> m_freshOnly;
    std::map<StepKind, QVariantMap> m_stepDefaults;
};

} // namespace omsua::upgrade

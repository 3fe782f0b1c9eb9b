export function AppHeader() {
  return (
    <header className="app-header">
      <span className="app-header__name">Careweave</span>
      <span className="app-header__tagline">Map your care network: reliance, resources and trust</span>
    </header>
  );
}

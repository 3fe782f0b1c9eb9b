export function ChooseNetworkHint() {
  return (
    <section className="placeholder-panel">
      <h1>Choose a network</h1>
      <p>Pick a network from the list on the left to see it drawn here.</p>
    </section>
  );
}

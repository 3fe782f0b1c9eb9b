type WelcomePanelProps = {
  loadingSample: boolean;
  onLoadSample: () => void;
  onCreate: () => void;
  onImport?: () => void;
};

export function WelcomePanel({ loadingSample, onLoadSample, onCreate, onImport }: WelcomePanelProps) {
  return (
    <section className="placeholder-panel welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Careweave</h1>
      <p>
        Map the partners around your program — who relies on whom, where resources come from and how much you
        trust each other — and see who would be affected if one of them stepped away.
      </p>
      <div className="welcome__actions">
        <button
          type="button"
          className="button button--primary button--large"
          data-testid="load-sample"
          disabled={loadingSample}
          onClick={onLoadSample}
        >
          {loadingSample ? 'Loading the sample network…' : 'Load the sample network'}
        </button>
        <button type="button" className="button button--large" data-testid="create-network" onClick={onCreate}>
          Create a network
        </button>
        {onImport && (
          <button type="button" className="button button--large" data-testid="welcome-import" onClick={onImport}>
            Import from a file
          </button>
        )}
      </div>
      <p className="welcome__hint">The sample is a small rural care network you can explore and change freely.</p>
    </section>
  );
}

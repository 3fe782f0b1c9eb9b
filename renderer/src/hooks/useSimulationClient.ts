// One simulation worker per open network, fed every new revision of the network (each saved
// edit makes one), and stopped when the map closes.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ImpactNetwork } from '../../../shared/analysis';
import type { NetworkGraph } from '../../../shared/domain';
import { sameImpactNetwork, toImpactNetwork } from '../core/simulation/toImpactNetwork';
import { SimulationClient } from '../workers/simulationClient';

export type SimulationWorker = { client: SimulationClient; network: ImpactNetwork; loadError: string | null };

export function useSimulationClient(graph: NetworkGraph): SimulationWorker {
  const [client] = useState(() => new SimulationClient());
  const [loadError, setLoadError] = useState<string | null>(null);
  // The same object while only positions (or notes, tags…) change, so nothing downstream re-runs.
  const previous = useRef<ImpactNetwork | null>(null);
  const network = useMemo(() => {
    const next = toImpactNetwork(graph);
    if (previous.current && sameImpactNetwork(previous.current, next)) return previous.current;
    return next;
  }, [graph]);
  useEffect(() => {
    previous.current = network;
  }, [network]);

  useEffect(() => {
    setLoadError(null);
    client.load(network, (message) => setLoadError(`This network could not be prepared for simulation: ${message}`));
  }, [client, network]);
  useEffect(() => () => client.dispose(), [client]);

  return { client, network, loadError };
}

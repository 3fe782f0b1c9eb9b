// One simulation worker per open network, fed every new revision of the network (each saved
// edit makes one), and stopped when the map closes.
import { useEffect, useMemo, useState } from 'react';
import type { ImpactNetwork } from '../../../../shared/analysis';
import type { NetworkGraph } from '../../../../shared/domain';
import { toImpactNetwork } from '../../core/simulation/toImpactNetwork';
import { SimulationClient } from '../../workers/simulationClient';

export type SimulationWorker = { client: SimulationClient; network: ImpactNetwork; loadError: string | null };

export function useSimulationClient(graph: NetworkGraph): SimulationWorker {
  const [client] = useState(() => new SimulationClient());
  const [loadError, setLoadError] = useState<string | null>(null);
  const network = useMemo(() => toImpactNetwork(graph), [graph]);

  useEffect(() => {
    setLoadError(null);
    client.load(network, (message) => setLoadError(`This network could not be prepared for simulation: ${message}`));
  }, [client, network]);
  useEffect(() => () => client.dispose(), [client]);

  return { client, network, loadError };
}

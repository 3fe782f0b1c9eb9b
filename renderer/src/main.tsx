import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/base.css';
import './styles/layout.css';
import './styles/networks.css';
import './styles/graph.css';
import './styles/editor.css';
import './styles/reflow.css';

const root = document.getElementById('root');
if (!root) throw new Error('Careweave could not start: the page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The base styles first: each screen's own CSS, imported with it, comes after and refines them.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { registerServiceWorker } from './api/push.ts';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Installable as an app, and ready for push alerts once the person turns them on.
void registerServiceWorker();

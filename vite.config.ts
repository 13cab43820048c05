import { defineConfig } from "vitest/config";

// One Vite config for the repository. Tests run as Vitest projects: `node` covers everything
// under test/ for now; the planner will add a browser project here (and narrow `node`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: ["test/**/*.test.ts"],
          environment: "node",
        },
      },
    ],
  },
});

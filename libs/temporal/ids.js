// Node's entry of @heze/temporal/ids (package.json "exports"): the code tsc compiled under the root dist/.
module.exports = require('../../dist/libs/temporal/src/workflow-ids.js');

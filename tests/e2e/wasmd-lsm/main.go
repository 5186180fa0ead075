// Command wasmd is wasmd's own app (github.com/CosmWasm/wasmd/app) with a thin command tree,
// built against the Cosmos SDK LSM fork (see go.mod). It mirrors wasmd's cmd/wasmd minus the
// `testnet` command, whose MsgCreateValidator call does not compile against the LSM fork
// (the fork dropped min_self_delegation). Contracts get wasmd's default query plugins:
// Stargate and gRPC queries are rejected, as on a chain that sets no accept list.
package main

import (
	"errors"
	"io"
	"os"
	"strings"

	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
	"cosmossdk.io/log"
	confixcmd "cosmossdk.io/tools/confix/cmd"
	"github.com/CosmWasm/wasmd/app"
	"github.com/CosmWasm/wasmd/app/params"
	"github.com/CosmWasm/wasmd/x/wasm"
	wasmcli "github.com/CosmWasm/wasmd/x/wasm/client/cli"
	wasmkeeper "github.com/CosmWasm/wasmd/x/wasm/keeper"
	wasmtypes "github.com/CosmWasm/wasmd/x/wasm/types"
	cmtcfg "github.com/cometbft/cometbft/config"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/config"
	"github.com/cosmos/cosmos-sdk/client/debug"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/client/keys"
	"github.com/cosmos/cosmos-sdk/client/rpc"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	"github.com/cosmos/cosmos-sdk/server"
	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"
	serverconfig "github.com/cosmos/cosmos-sdk/server/config"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authcmd "github.com/cosmos/cosmos-sdk/x/auth/client/cli"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	"github.com/cosmos/cosmos-sdk/x/crisis"
	genutilcli "github.com/cosmos/cosmos-sdk/x/genutil/client/cli"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	"google.golang.org/protobuf/reflect/protoreflect"
)

func main() {
	rootCmd := newRootCmd()
	if err := svrcmd.Execute(rootCmd, "", app.DefaultNodeHome); err != nil {
		log.NewLogger(rootCmd.OutOrStderr()).Error("failure when running app", "err", err)
		os.Exit(1)
	}
}

func newRootCmd() *cobra.Command {
	// The SDK's own "cosmos" prefixes (wasmd would set "wasm"), so addresses and LSM share
	// denoms look like the Cosmos Hub's: cosmosvaloper1.../<record id>.
	cfg := sdk.GetConfig()
	cfg.SetBech32PrefixForAccount(sdk.Bech32PrefixAccAddr, sdk.Bech32PrefixAccPub)
	cfg.SetBech32PrefixForValidator(sdk.Bech32PrefixValAddr, sdk.Bech32PrefixValPub)
	cfg.SetBech32PrefixForConsensusNode(sdk.Bech32PrefixConsAddr, sdk.Bech32PrefixConsPub)
	cfg.SetAddressVerifier(wasmtypes.VerifyAddressLen())
	cfg.Seal()

	// A throw-away app instance provides the codecs and the module basics.
	temp, err := os.MkdirTemp("", "wasmd")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(temp)
	tempApp := app.NewWasmApp(log.NewNopLogger(), dbm.NewMemDB(), nil, false,
		simtestutil.NewAppOptionsWithFlagHome(temp), []wasmkeeper.Option{})
	enc := params.EncodingConfig{
		InterfaceRegistry: tempApp.InterfaceRegistry(),
		Codec:             tempApp.AppCodec(),
		TxConfig:          tempApp.TxConfig(),
		Amino:             tempApp.LegacyAmino(),
	}

	initClientCtx := client.Context{}.
		WithCodec(enc.Codec).
		WithInterfaceRegistry(enc.InterfaceRegistry).
		WithTxConfig(enc.TxConfig).
		WithLegacyAmino(enc.Amino).
		WithInput(os.Stdin).
		WithAccountRetriever(authtypes.AccountRetriever{}).
		WithHomeDir(app.DefaultNodeHome).
		WithViper("")

	rootCmd := &cobra.Command{
		Use:           "wasmd",
		Short:         "wasmd with the Liquid Staking Module (Faro test chain)",
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			cmd.SetOut(cmd.OutOrStdout())
			cmd.SetErr(cmd.ErrOrStderr())
			clientCtx := initClientCtx.WithCmdContext(cmd.Context())
			clientCtx, err := client.ReadPersistentCommandFlags(clientCtx, cmd.Flags())
			if err != nil {
				return err
			}
			if clientCtx, err = config.ReadFromClientConfig(clientCtx); err != nil {
				return err
			}
			if err := client.SetCmdClientContextHandler(clientCtx, cmd); err != nil {
				return err
			}
			appTemplate, appConfig := initAppConfig()
			return server.InterceptConfigsPreRunHandler(cmd, appTemplate, appConfig, cmtcfg.DefaultConfig())
		},
	}

	basics := tempApp.BasicModuleManager
	rootCmd.AddCommand(
		genutilcli.InitCmd(basics, app.DefaultNodeHome),
		debug.Cmd(),
		confixcmd.ConfigCommand(),
	)
	server.AddCommands(rootCmd, app.DefaultNodeHome, newApp, appExport, func(startCmd *cobra.Command) {
		crisis.AddModuleInitFlags(startCmd)
		wasm.AddModuleInitFlags(startCmd)
	})
	wasmcli.ExtendUnsafeResetAllCmd(rootCmd)
	rootCmd.AddCommand(
		server.StatusCommand(),
		genutilcli.Commands(enc.TxConfig, basics, app.DefaultNodeHome),
		queryCommand(),
		txCommand(),
		keys.Commands(),
	)

	// Module query/tx commands (incl. the LSM fork's `tx staking tokenize-share`) via autocli.
	// autocli runs module commands with this context (client/v2 beta.1 ignores the one set in
	// PersistentPreRunE), so load client.toml from the --home on the command line here.
	autoCliOpts := tempApp.AutoCliOpts()
	initClientCtx, _ = config.ReadFromClientConfig(initClientCtx.WithHomeDir(homeFromArgs()))
	autoCliOpts.Keyring, _ = keyring.NewAutoCLIKeyring(initClientCtx.Keyring)
	autoCliOpts.ClientCtx = initClientCtx
	for _, m := range autoCliOpts.ModuleOptions {
		if m != nil {
			pruneUnknownRPCs(m.Query, enc.InterfaceRegistry)
			pruneUnknownRPCs(m.Tx, enc.InterfaceRegistry)
		}
	}
	if err := autoCliOpts.EnhanceRootCommand(rootCmd); err != nil {
		panic(err)
	}
	return rootCmd
}

func homeFromArgs() string {
	for i, a := range os.Args {
		if a == "--home" && i+1 < len(os.Args) {
			return os.Args[i+1]
		}
		if v, ok := strings.CutPrefix(a, "--home="); ok {
			return v
		}
	}
	return app.DefaultNodeHome
}

// pruneUnknownRPCs drops autocli entries for RPCs missing from the service descriptor. The LSM
// fork's staking options name LSM queries (e.g. TokenizeShareRecordById) that the upstream
// cosmossdk.io/api descriptors, which autocli resolves first, do not have; autocli would panic.
// Those queries stay reachable over gRPC and REST; LSM txs keep their hand-written CLI.
func pruneUnknownRPCs(svc *autocliv1.ServiceCommandDescriptor, files codectypes.InterfaceRegistry) {
	if svc == nil || svc.Service == "" {
		return
	}
	d, err := files.FindDescriptorByName(protoreflect.FullName(svc.Service))
	if err != nil {
		return
	}
	methods := d.(protoreflect.ServiceDescriptor).Methods()
	kept := svc.RpcCommandOptions[:0]
	for _, o := range svc.RpcCommandOptions {
		if methods.ByName(protoreflect.Name(o.RpcMethod)) != nil {
			kept = append(kept, o)
		}
	}
	svc.RpcCommandOptions = kept
	for _, sub := range svc.SubCommands {
		pruneUnknownRPCs(sub, files)
	}
}

func initAppConfig() (string, interface{}) {
	type appConfig struct {
		serverconfig.Config
		Wasm wasmtypes.NodeConfig `mapstructure:"wasm"`
	}
	srvCfg := serverconfig.DefaultConfig()
	srvCfg.MinGasPrices = "0uatom"
	return serverconfig.DefaultConfigTemplate + wasmtypes.DefaultConfigTemplate(),
		appConfig{Config: *srvCfg, Wasm: wasmtypes.DefaultNodeConfig()}
}

func queryCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "query", Aliases: []string{"q"}, Short: "Querying subcommands", RunE: client.ValidateCmd}
	cmd.AddCommand(
		rpc.QueryEventForTxCmd(),
		server.QueryBlockCmd(),
		authcmd.QueryTxsByEventsCmd(),
		server.QueryBlocksCmd(),
		authcmd.QueryTxCmd(),
		server.QueryBlockResultsCmd(),
	)
	return cmd
}

func txCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "tx", Short: "Transactions subcommands", RunE: client.ValidateCmd}
	cmd.AddCommand(
		authcmd.GetSignCommand(),
		authcmd.GetSignBatchCommand(),
		authcmd.GetMultiSignCommand(),
		authcmd.GetValidateSignaturesCommand(),
		authcmd.GetBroadcastCommand(),
		authcmd.GetEncodeCommand(),
		authcmd.GetDecodeCommand(),
		authcmd.GetSimulateCmd(),
	)
	return cmd
}

func newApp(logger log.Logger, db dbm.DB, traceStore io.Writer, appOpts servertypes.AppOptions) servertypes.Application {
	return app.NewWasmApp(logger, db, traceStore, true, appOpts, nil, server.DefaultBaseappOptions(appOpts)...)
}

func appExport(
	logger log.Logger, db dbm.DB, traceStore io.Writer, height int64, forZeroHeight bool,
	jailAllowedAddrs []string, appOpts servertypes.AppOptions, modulesToExport []string,
) (servertypes.ExportedApp, error) {
	if home, ok := appOpts.Get(flags.FlagHome).(string); !ok || home == "" {
		return servertypes.ExportedApp{}, errors.New("application home is not set")
	}
	v, ok := appOpts.(*viper.Viper)
	if !ok {
		return servertypes.ExportedApp{}, errors.New("appOpts is not viper.Viper")
	}
	v.Set(server.FlagInvCheckPeriod, 1)
	wasmApp := app.NewWasmApp(logger, db, traceStore, height == -1, v, nil)
	if height != -1 {
		if err := wasmApp.LoadHeight(height); err != nil {
			return servertypes.ExportedApp{}, err
		}
	}
	return wasmApp.ExportAppStateAndValidators(forZeroHeight, jailAllowedAddrs, modulesToExport)
}

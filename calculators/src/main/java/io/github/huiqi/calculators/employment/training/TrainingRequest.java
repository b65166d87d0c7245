package io.github.huiqi.calculators.employment.training;

import io.github.huiqi.core.employment.training.TrainingSession;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request for the organiser subsidy: the sessions organised, each id at most once.
 * <p>
 * In JSON: {@code {"trainingSessions": [{"sessionId": "T-1", "trainees": 40, ...}]}}; a count given as a fraction
 * (40.5) is rejected naming {@code /trainingSessions/0/trainees}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param trainingSessions  the sessions, possibly empty
 */
public record TrainingRequest(List<TrainingSession> trainingSessions) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if the list or a session is null, or an id repeats, naming it
   */
  public TrainingRequest {
    trainingSessions = Args.listCopy(trainingSessions, "trainingSessions");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < trainingSessions.size(); i++) {
      if (!ids.add(trainingSessions.get(i).sessionId())) {
        throw new InvalidInputException("trainingSessions/" + i + "/sessionId", trainingSessions.get(i).sessionId(),
            "must be unique in trainingSessions");
      }
    }
  }

  /**
   * Obtains the request of an enterprise profile.
   *
   * @param profile  the profile
   * @return the request, empty if the profile's sessions are not known
   */
  public static Optional<TrainingRequest> from(EnterpriseProfile profile) {
    return Args.notNull(profile, "profile").trainingSessions().map(TrainingRequest::new);
  }
}
